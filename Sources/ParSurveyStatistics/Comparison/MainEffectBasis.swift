/// The main effects of an r × c table (zᵢⱼ = aᵢ + bⱼ) that vanish on its empty cells, scaled by
/// √d: the low-rank space the Rao–Scott test projects out of the cell covariance
/// (`RaoScottTest.deltaTraces`).
///
/// An empty cell (dⱼ = 0) ties its row and column: aᵢ + bⱼ = 0. In the bipartite graph of rows
/// and columns with the empty cells as edges, each connected component carries one free value
/// (a = s on its rows, b = −s on its columns), and one common shift of them all is the zero
/// effect: one basis vector per component but one. Cell (i, j) has +√dᵢⱼ in the vector of its
/// row's component and −√dᵢⱼ in its column's (nothing when the two are one component, as for
/// every empty cell). The largest component is the one left out, which keeps the basis sparse:
/// with no empty cell it is r row indicators and c − 1 column indicators.
///
/// The space has dimension r + c − 1 − (empty cells) exactly when the empty cells form no
/// cycle; a cycle makes Cᵀ D⁻¹ C singular (R's `svychisq` stops), and `init` returns nil.
struct MainEffectBasis {
    /// Number of basis vectors q (components − 1).
    let rank: Int
    /// Per cell: the basis vector of its row's component, −1 for none.
    let rowVector: [Int]
    /// Per cell: the basis vector of its column's component, −1 for none.
    let columnVector: [Int]
    /// Per cell √dⱼ (the entries are +√dⱼ on `rowVector`, −√dⱼ on `columnVector`).
    let root: [Double]
    /// BᵀB, q × q row-major.
    let gram: [Double]

    /// The basis for the cells of an r × c table (cell = row + r × column) with weights `d`.
    init?(rows r: Int, columns c: Int, d: [Double]) {
        let m = r * c
        // Union–find over rows 0..<r and columns r..<r + c, joined by the empty cells.
        var parent = Array(0..<(r + c))
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        for j in 0..<m where d[j] <= 0 {
            let a = find(j % r)
            let b = find(r + j / r)
            if a == b { return nil }
            parent[a] = b
        }
        // Components labelled in order of their first node; the largest (first on a tie) is left out.
        var label = [Int](repeating: -1, count: r + c)
        var sizes: [Int] = []
        var nodeLabel = [Int](repeating: 0, count: r + c)
        for x in 0..<(r + c) {
            let root = find(x)
            if label[root] < 0 {
                label[root] = sizes.count
                sizes.append(0)
            }
            nodeLabel[x] = label[root]
            sizes[label[root]] += 1
        }
        var dropped = 0
        for t in sizes.indices where sizes[t] > sizes[dropped] { dropped = t }
        func vector(_ t: Int) -> Int { t == dropped ? -1 : (t < dropped ? t : t - 1) }
        let q = sizes.count - 1
        var rowVector = [Int](repeating: -1, count: m)
        var columnVector = [Int](repeating: -1, count: m)
        var root = [Double](repeating: 0, count: m)
        var gram = [Double](repeating: 0, count: q * q)
        for j in 0..<m where d[j] > 0 {
            let ti = nodeLabel[j % r]
            let tj = nodeLabel[r + j / r]
            root[j] = d[j].squareRoot()
            if ti == tj { continue }
            let a = vector(ti)
            let b = vector(tj)
            rowVector[j] = a
            columnVector[j] = b
            if a >= 0 { gram[a * q + a] += d[j] }
            if b >= 0 { gram[b * q + b] += d[j] }
            if a >= 0 && b >= 0 {
                gram[a * q + b] -= d[j]
                gram[b * q + a] -= d[j]
            }
        }
        rank = q
        self.rowVector = rowVector
        self.columnVector = columnVector
        self.root = root
        self.gram = gram
    }
}
