import Foundation
import Testing

@testable import CoopGraph

@Suite struct DayTests {
  @Test func civilDaysRoundTrip() {
    #expect(Day(year: 1970, month: 1, day: 1).number == 0)
    #expect(Day(year: 2000, month: 3, day: 1).number == 11_017)
    #expect(Day(year: 1969, month: 12, day: 31).number == -1)
    for n in stride(from: -800_000, through: 800_000, by: 997) {
      let c = Day(number: n).components
      #expect(Day(year: c.year, month: c.month, day: c.day).number == n)
    }
  }

  @Test func partialDatesCoverTheirDays() {
    let y = PartialDate("2024")!
    #expect(y.firstDay.description == "2024-01-01")
    #expect(y.lastDay.description == "2024-12-31")
    #expect(PartialDate("2024-02")!.lastDay.description == "2024-02-29")
    #expect(PartialDate("2025-02")!.lastDay.description == "2025-02-28")
    #expect(
      PartialDate("2025-12-09")!.span == DaySpan(Day(year: 2025, month: 12, day: 9), Day(year: 2025, month: 12, day: 9))
    )
    #expect(DateRange("2023/2025-06")!.activeSpan.description == "2023-01-01/2025-06-30")
    #expect(DateRange("2023-05")!.activeSpan.description == "2023-05-01/..")
  }

  @Test func daySetsMergeTouchingSpans() {
    let a = DaySpan(Day(number: 0), Day(number: 9))
    let b = DaySpan(Day(number: 10), Day(number: 20))
    let c = DaySpan(Day(number: 30), nil)
    let set = DaySet(union: [c, b, a])
    #expect(set.spans == [DaySpan(Day(number: 0), Day(number: 20)), c])
    #expect(
      set.intersection(DaySpan(Day(number: 15), Day(number: 35))).spans == [
        DaySpan(Day(number: 15), Day(number: 20)), DaySpan(Day(number: 30), Day(number: 35)),
      ])
    #expect(!set.overlaps(DaySpan(Day(number: 21), Day(number: 29))))
  }
}

@Suite struct DateProblemTests {
  @Test func badDatesSayWhy() {
    #expect(PartialDate.problem(in: "Dec 2025") == "not an ISO 8601 date")
    #expect(PartialDate.problem(in: "2025-13") == "there is no month 13 (months are 01 to 12)")
    #expect(PartialDate.problem(in: "2025-02-30") == "2025-02 has 28 days")
    #expect(PartialDate.problem(in: "2025-12") == nil)
    #expect(DateRange.problem(in: "2025/2023") == "the range ends (2023) before it starts (2025)")
    #expect(
      DateRange.problem(in: "2023/2025-13") == "'2025-13' in the range: there is no month 13 (months are 01 to 12)")
  }

  @Test func badDatesInAFileAreLocated() {
    let text = """
      coopgraph: 1
      entities:
        - {id: a, kind: institution, joined: 2024, left: 2023}
        - {id: b, kind: institution, since: Dec 2025}
        - {id: c, kind: institution, joined: 2020, since: 2021}
      ties:
        - {kind: agreement, parties: [a, b], date: 2025/2023}
        - {kind: agreement, parties: [a, c], date: 2025-13}
        - {kind: agreement, parties: [b, c], date: Dec 2025}
      """
    var messages: [String] = []
    do {
      _ = try NativeFormat.parse(text, file: "f.yaml")
    } catch let error as InputError {
      messages = error.diagnostics.map(\.description)
    } catch {}
    #expect(
      messages == [
        "f.yaml:3:52: error: entity 'a' left (2023) before it joined (2024)",
        "f.yaml:4:39: error: unknown date 'Dec 2025' for 'since': not an ISO 8601 date; use YYYY, YYYY-MM or YYYY-MM-DD",
        "f.yaml:5:53: error: 'since' says the same as 'joined'; give one of them",
        "f.yaml:7:46: error: unknown date '2025/2023': the range ends (2023) before it starts (2025); use YYYY, YYYY-MM, YYYY-MM-DD or a range START/END",
        "f.yaml:8:46: error: unknown date '2025-13': there is no month 13 (months are 01 to 12); use YYYY, YYYY-MM, YYYY-MM-DD or a range START/END",
        "f.yaml:9:46: error: unknown date 'Dec 2025': not an ISO 8601 date; use YYYY, YYYY-MM, YYYY-MM-DD or a range START/END",
      ])
  }

  @Test func optionValuesAreChecked() throws {
    #expect(try TimeFilter.asOf("2025").window.description == "2025-01-01/2025-12-31")
    #expect(try TimeFilter.between("2023..2025-06").window.description == "2023-01-01/2025-06-30")
    #expect(try TimeFilter.between("2023/2025-06").label == "2023 to 2025-06")
    #expect(throws: TimeError("--between: the range '2025/2023' ends (2023) before it starts (2025)")) {
      try TimeFilter.between("2025/2023")
    }
    #expect(throws: TimeError("--between: '2025' is not a range; write FROM/TO or FROM..TO, e.g. 2023/2025-06")) {
      try TimeFilter.between("2025")
    }
    #expect(throws: TimeError.self) { try TimeFilter.asOf("Dec 2025") }
  }
}

@Suite struct SliceTests {
  /// a joined 2021 and left 2023-06; b, c undated; p is part of u.
  static let text = """
    coopgraph: 1
    entities:
      - {id: a, kind: institution, joined: 2021, left: 2023-06}
      - {id: b, kind: institution}
      - {id: c, kind: enterprise}
      - {id: u, kind: institution}
      - {id: p, kind: institution, parent: u}
      - {id: lonely, kind: group}
    ties:
      - {kind: agreement, parties: [a, b], date: 2020/2025}
      - {kind: agreement, parties: [a, b, c], date: 2022-03}
      - {kind: event, parties: [b, c], date: 2022-05-10/2022-05-11}
      - {kind: agreement, parties: [p, c], date: 2024}
      - {kind: cooperation, parties: [b, c]}
    """

  static func network() throws -> Network { try NativeFormat.parse(text) }

  static func ids(_ s: TimeSlice) -> [String] { s.network.entities.map(\.id) }

  @Test func tiesAreActiveFromTheirStartToTheirEnd() throws {
    let n = try Self.network()
    let s2020 = n.slice(try .asOf("2020"))
    // a has not joined: the 2020/2025 agreement has one party; only the undated tie is active.
    #expect(s2020.network.ties.map(\.id) == ["tie-5"])
    #expect(Self.ids(s2020) == ["b", "c", "lonely"])
    let s2022 = n.slice(try .asOf("2022-05-10"))
    #expect(s2022.network.ties.map(\.id) == ["tie-1", "tie-2", "tie-3", "tie-5"])
    let s2022b = n.slice(try .asOf("2022-05-12"))
    #expect(s2022b.network.ties.map(\.id) == ["tie-1", "tie-2", "tie-5"])
  }

  @Test func anEntityThatLeftLeavesItsTies() throws {
    let n = try Self.network()
    let s = n.slice(try .asOf("2024"))
    #expect(!Self.ids(s).contains("a"))
    // The 2020/2025 agreement lost a; the three-party one keeps b and c.
    #expect(s.network.ties.map(\.id) == ["tie-2", "tie-4", "tie-5"])
    #expect(s.network.ties[0].parties == ["b", "c"])
    // The whole is present because its part is.
    #expect(Self.ids(s) == ["b", "c", "u", "p", "lonely"])
    #expect(s.network["p"]?.parent == "u")
  }

  @Test func undatedTiesCanBeLeftOut() throws {
    let n = try Self.network()
    let s = n.slice(try .asOf("2020", undated: .exclude))
    #expect(s.network.ties.isEmpty)
    #expect(s.network.entities.isEmpty)
    #expect(s.undatedTies == 1)
    #expect(s.summary == "as of 2020: 0 of 5 ties active; 1 undated tie left out")
    let all = n.slice(try .asOf("2020"))
    #expect(all.summary == "as of 2020: 1 of 5 ties active; 1 undated tie included")
  }

  @Test func aWindowKeepsWhatIsActiveOnAnyDayOfIt() throws {
    let n = try Self.network()
    let s = n.slice(try .between("2023-07/2024"))
    // a left 2023-06: before the window; tie-1 keeps b only, so it is not active.
    #expect(s.network.ties.map(\.id) == ["tie-2", "tie-4", "tie-5"])
    let wide = n.slice(try .between("2021..2024"))
    #expect(wide.network.ties.count == 5)
    #expect(wide.network["a"] != nil)
  }

  @Test func theWholeRecordIsItsOwnSlice() throws {
    let n = try NativeFormat.read(path: TestData.graph("jiangsu-central-asia-alliance.yaml"))
    let s = n.slice(TimeFilter(window: .always))
    #expect(s.network.entities == n.entities)
    #expect(s.network.ties.map(\.parties) == n.ties.map(\.parties))
  }
}
