import Foundation

extension BatchLoader {
    /// How a CSV batch is read: window size and number of worker threads. Results are the
    /// same, bit for bit, whatever these are (tests compare odd settings with one big window).
    public struct Tuning: Sendable, Equatable {
        /// Bytes read per window (plus the carried incomplete record).
        public var chunkSize: Int
        /// Worker threads parsing stretches of a window in parallel.
        public var workers: Int
        /// Windows smaller than this are parsed by one worker.
        public var minParallelBytes: Int
        /// Whether plain valid rows take the one-pass path (tests turn it off to compare it
        /// with the general path).
        package var onePass = true

        /// Creates settings; by default 4 MiB windows and one worker per core (at most 8).
        public init(
            chunkSize: Int = 4 << 20,
            workers: Int = min(max(ProcessInfo.processInfo.activeProcessorCount, 1), 8),
            minParallelBytes: Int = 256 << 10
        ) {
            self.chunkSize = max(1, chunkSize)
            self.workers = max(1, workers)
            self.minParallelBytes = max(0, minParallelBytes)
        }

        /// The whole input as one window, one worker: the plain sequential reading.
        public static let sequential = Tuning(chunkSize: Int.max / 4, workers: 1)
    }
}
