import Dispatch

/// Runs independent tasks on every core and returns their results in task order.
///
/// Determinism comes from the tasks, not the threads: a caller splits its work into tasks
/// whose boundaries do not depend on the number of cores (one per question, or fixed row
/// segments) and combines the results in task order, so the numbers are the same bit for bit
/// on one core or many.
package enum ParallelMap {
    /// `[body(0), body(1), …, body(count − 1)]`, computed concurrently.
    package static func map<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
        if count <= 1 { return (0..<count).map(body) }
        var results = [T?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { out in
            let slots = UncheckedSendable(value: out)
            withoutActuallyEscaping(body) { body in
                let task = UncheckedSendable(value: body)
                DispatchQueue.concurrentPerform(iterations: count) { k in
                    slots.value[k] = task.value(k)
                }
            }
        }
        return results.map { $0! }
    }

    /// Row segments `[start, end)` covering `0..<rows`, each `segmentRows` long (the last may be
    /// shorter): boundaries that depend on the rows only, never on the cores.
    package static func segments(rows: Int, segmentRows: Int) -> [Range<Int>] {
        stride(from: 0, to: rows, by: segmentRows).map { $0..<min(rows, $0 + segmentRows) }
    }
}

/// A value handed to parallel workers that each touch a disjoint part of it.
package struct UncheckedSendable<T>: @unchecked Sendable {
    package let value: T

    package init(value: T) { self.value = value }
}
