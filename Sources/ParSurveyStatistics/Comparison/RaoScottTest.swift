/// The Rao–Scott test of homogeneity of an r × c weighted table, as R's `svychisq` computes it
/// (`reference/closed_forms.R` §12, generalised to strata and calibration):
///
/// - p̂ = cell proportions among valid answers, V = their design covariance (`CellProportions`);
/// - C = the interaction contrasts residualised on the main effects on the r × c grid, which
///   factor as C[(i,j),(k,l)] = (δ_ik − 1/r)(δ_jl − 1/c), k < r − 1, l < c − 1 (first levels
///   dropped, as `model.matrix`);
/// - Δ = (Cᵀ D⁻¹ C / N)⁻¹ (Cᵀ D⁻¹ V D⁻¹ C), D = diag(p̂) with 1/0 read as 0, N = every row of the
///   data (rows with a missing answer included);
/// - Pearson X² = N Σ (p̂ − E)²/E, E the products of the margins;
/// - second order: F = X²/tr Δ, ndf = (tr Δ)²/tr Δ², ddf = ndf × ν, ν = rows − strata;
/// - first order: X²/δ̄ with δ̄ = tr Δ/((r − 1)(c − 1)), chi-square on (r − 1)(c − 1) df.
///
/// Sparse tables: when zero cells leave Cᵀ D⁻¹ C singular (R stops: "system is
/// computationally singular"), D = diag(E) — the proportions expected under homogeneity, as
/// SAS PROC SURVEYFREQ uses — and `designEffectsFrom` says so.
public struct RaoScottTest: Sendable {
    /// Which proportions the design-effect matrix Δ was formed with.
    public enum DesignEffectSource: String, Sendable {
        /// Observed cell proportions (R's `svychisq`).
        case observedProportions
        /// Proportions expected under homogeneity (fallback for singular sparse tables).
        case expectedProportions
    }

    /// Rows (groups) and columns (categories) of the table tested.
    public let rows: Int, columns: Int
    /// Cells without any answer.
    public let zeroCells: Int
    /// Pearson's X² (unadjusted, as `svychisq(statistic = "Chisq")` prints it).
    public let pearsonChiSquare: Double
    /// Second-order statistic F = X²/tr Δ.
    public let f: Double
    /// Numerator degrees of freedom (tr Δ)²/tr Δ².
    public let ndf: Double
    /// Denominator degrees of freedom ndf × ν.
    public let ddf: Double
    /// P(F(ndf, ddf) > F).
    public let pValueF: Double
    /// Mean generalised design effect δ̄.
    public let meanDesignEffect: Double
    /// First-order statistic X²/δ̄.
    public let chiSquareAdjusted: Double
    /// Its degrees of freedom (r − 1)(c − 1).
    public let chiSquareDF: Int
    /// P(χ²(df) > X²/δ̄).
    public let pValueChiSquare: Double
    /// Observed or expected proportions in Δ.
    public let designEffectsFrom: DesignEffectSource
    /// Dimension of the main effects projected out of the cell covariance to get tr Δ and tr Δ²
    /// (r + c − 1 less one per empty cell; `deltaTraces`): a probe that the low-rank path ran.
    package let mainEffectRank: Int

    /// Computes the test from cell proportions and their covariance; `n` = rows of the data,
    /// `nu` = rows − strata. Nil (with `failure`) when the table has fewer than two rows or
    /// columns or no variance.
    package static func compute(_ cells: CellProportions, n: Int, nu: Int) -> Result<RaoScottTest, Failure> {
        let r = cells.rows
        let c = cells.columns
        let m = r * c
        guard r >= 2, c >= 2 else { return .failure(.tooSmall(rows: r, columns: c)) }
        let p = cells.proportions
        var rowMargin = [Double](repeating: 0, count: r)
        var colMargin = [Double](repeating: 0, count: c)
        for j in 0..<m {
            rowMargin[j % r] += p[j]
            colMargin[j / r] += p[j]
        }
        let expected = (0..<m).map { rowMargin[$0 % r] * colMargin[$0 / r] }
        var x2 = 0.0
        for j in 0..<m { x2 += (p[j] - expected[j]) * (p[j] - expected[j]) / expected[j] }
        x2 *= Double(n)
        var source = DesignEffectSource.observedProportions
        var traces = deltaTraces(rows: r, columns: c, covariance: cells.covariance, d: p, n: n)
        if traces == nil {
            source = .expectedProportions
            traces = deltaTraces(rows: r, columns: c, covariance: cells.covariance, d: expected, n: n)
        }
        guard let traces, traces.trace > 0, traces.traceSquared > 0 else { return .failure(.noVariance) }
        let tr = traces.trace
        let tr2 = traces.traceSquared
        let df0 = (r - 1) * (c - 1)
        let ndf = tr * tr / tr2
        let ddf = ndf * Double(nu)
        let f = x2 / tr
        let mean = tr / Double(df0)
        return .success(
            RaoScottTest(
                rows: r, columns: c, zeroCells: p.filter { $0 == 0 }.count, pearsonChiSquare: x2, f: f, ndf: ndf, ddf: ddf,
                pValueF: ddf > 0 ? FDistribution.upperTail(f, df1: ndf, df2: ddf) : .nan,
                meanDesignEffect: mean, chiSquareAdjusted: x2 / mean, chiSquareDF: df0,
                pValueChiSquare: ChiSquareDistribution.upperTail(x2 / mean, df: Double(df0)), designEffectsFrom: source,
                mainEffectRank: traces.mainEffectRank))
    }

    /// Why no test could be computed.
    package enum Failure: Error {
        case tooSmall(rows: Int, columns: Int)
        case noVariance
    }
}
