import Foundation

/// The one ranking rule of every table CoopGraph prints (`rank`, `analyze`, `partners`,
/// `whatif`, the report): the better value first; values equal to 12 significant digits (the
/// same quantity summed in another order) share a rank, competition style (1, 2, 2, 4); NaN
/// (undefined) ranks last; equal values are listed by id. Commands that break equal values by
/// a further rule (the key partners' evidence, then tie kinds) state it in their output.
public enum RankOrder {
  /// `x` rounded to 12 significant digits, the precision rankings compare at.
  public static func value(_ x: Double) -> Double {
    guard x.isFinite, x != 0 else { return x }
    return Double(String(format: "%.12g", x)) ?? x
  }

  /// Indices by score, the better first (higher, or lower when `lowerIsBetter`), each with
  /// its rank; equal scores are ordered by id.
  ///
  /// - Complexity: O(n log n).
  public static func order(scores: [Double], ids: [String], lowerIsBetter: Bool) -> [(index: Int, rank: Int)] {
    let sign = lowerIsBetter ? -1.0 : 1.0
    let keys = scores.map { x in x.isNaN ? -Double.infinity : sign * value(x) }
    let sorted = scores.indices.sorted { a, b in
      if keys[a] != keys[b] { return keys[a] > keys[b] }
      return ids[a] < ids[b]
    }
    var out: [(index: Int, rank: Int)] = []
    out.reserveCapacity(sorted.count)
    for (i, v) in sorted.enumerated() {
      out.append((v, i > 0 && keys[sorted[i - 1]] == keys[v] ? out[i - 1].rank : i + 1))
    }
    return out
  }

  /// The ranks of a list already in order: row `i` shares the rank of row `i − 1` when
  /// `equal(i − 1, i)`, and is otherwise `i + 1`.
  public static func ranks(count: Int, equal: (Int, Int) -> Bool) -> [Int] {
    var out: [Int] = []
    out.reserveCapacity(count)
    for i in 0..<count { out.append(i > 0 && equal(i - 1, i) ? out[i - 1] : i + 1) }
    return out
  }

  /// The rank of each value in place (not sorted): 1 for the best, equal values share the
  /// best rank, NaN last.
  ///
  /// - Complexity: O(n log n).
  public static func competitionRanks(_ values: [Double], higherIsBetter: Bool) -> [Int] {
    let ids = values.indices.map { String($0) }
    var out = [Int](repeating: 0, count: values.count)
    for (index, rank) in order(scores: values, ids: ids, lowerIsBetter: !higherIsBetter) { out[index] = rank }
    return out
  }
}
