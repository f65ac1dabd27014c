import Foundation
import Testing

@testable import CoopGraph

@Suite struct NativeFormatTests {
  static let sample = """
    coopgraph: 1
    title: "Sample: a small alliance"
    source: https://example.org/news
    kinds:
      entities: [laboratory]
      ties:
        - {name: supervision, directed: true}
    entities:
      - id: njit
        name: Nanjing Institute of Technology
        kind: institution
        country: CN
        region: Jiangsu
        aliases: [NJIT, 南京工程学院]
        founded: 1952
        ranking: 12.5
        public: true
      - id: njit-auto
        name: "School of Automation: \\"AI\\" \\\\ control"
        kind: institution
        parent: njit
      - {id: c2k, name: "C2K International Education Co., Ltd.", kind: enterprise, country: KZ}
      - {id: lab-1, name: Лаборатория, kind: laboratory, parent: njit-auto}
      - {id: zhang, name: Zhang Yangfei, kind: person}
    ties:
      - id: framework
        kind: agreement
        parties: [njit, c2k, njit-auto]
        label: Framework agreement
        date: 2025-12-09
        strength: 2.5
        source: "The university also signed a framework agreement with C2K."
        topics: [textbooks, "Chinese + Professional"]
      - kind: role
        parties: [zhang, njit]
        label: President
        date: 2024/2026
      - kind: supervision
        parties: [njit, lab-1]
        directed: false
        note: "yes"
    curator: International Office
    """

  @Test func readsEveryField() throws {
    let n = try NativeFormat.parse(Self.sample, file: "s.yaml")
    #expect(n.title == "Sample: a small alliance")
    #expect(n.source == "https://example.org/news")
    #expect(n.userEntityKinds == [EntityKind("laboratory")])
    #expect(n.userTieKinds.map(\.kind) == [TieKind("supervision")])
    #expect(n.userTieKinds.map(\.directed) == [true])
    #expect(n.entities.map(\.id) == ["njit", "njit-auto", "c2k", "lab-1", "zhang"])
    let njit = try #require(n["njit"])
    #expect(njit.aliases == ["NJIT", "南京工程学院"])
    #expect(njit.attributes["founded"] == .int(1952))
    #expect(njit.attributes["ranking"] == .double(12.5))
    #expect(njit.attributes["public"] == .bool(true))
    #expect(n["njit-auto"]?.name == "School of Automation: \"AI\" \\ control")
    #expect(n["njit-auto"]?.parent == "njit")
    #expect(n["c2k"]?.name == "C2K International Education Co., Ltd.")
    let t = n.ties[0]
    #expect(t.id == "framework")
    #expect(t.parties == ["njit", "c2k", "njit-auto"])
    #expect(t.date == DateRange(PartialDate(year: 2025, month: 12, day: 9)))
    #expect(t.strength == 2.5)
    #expect(t.attributes["topics"] == .list([.string("textbooks"), .string("Chinese + Professional")]))
    #expect(n.ties[1].date?.description == "2024/2026")
    #expect(n.isDirected(n.ties[1]))
    #expect(!n.isDirected(n.ties[2]))
    #expect(n.ties[2].attributes["note"] == .string("yes"))
    #expect(n.attributes["curator"] == .string("International Office"))
    #expect(n.ancestors(of: "lab-1") == ["njit-auto", "njit"])
  }

  @Test func yamlRoundTripIsLossless() throws {
    let n = try NativeFormat.parse(Self.sample)
    let yaml = NativeFormat.yaml(n)
    let again = try NativeFormat.parse(yaml)
    #expect(again == n)
    // Writing is deterministic and a fixed point.
    #expect(NativeFormat.yaml(again) == yaml)
  }

  @Test func jsonRoundTripIsLossless() throws {
    let n = try NativeFormat.parse(Self.sample)
    let json = NativeFormat.json(n)
    #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any])
    let again = try NativeFormat.parse(json, file: "s.json")
    #expect(again == n)
    #expect(NativeFormat.json(again) == json)
  }

  @Test(arguments: [
    "true", "no", "null", "~", "", "12", "1.5", "2025-12-09", "- dash", "a: b", "x #y", "[list", "#c", " pad",
    "tab\tin", "new\nline", "quote\"s", "back\\slash", "Кириллица", "中文名", "{brace", "@at", "ends:", "0x1F",
  ])
  func awkwardStringsSurviveARoundTrip(text: String) throws {
    var n = Network(entities: [Entity(id: "a", name: text, kind: .group, aliases: [text])])
    n.entities[0].attributes["note"] = .string(text)
    n.ties = []
    let back = try NativeFormat.parse(NativeFormat.yaml(n))
    #expect(back == n)
    let backJSON = try NativeFormat.parse(NativeFormat.json(n))
    #expect(backJSON == n)
  }

  @Test func writesAtomicallyAndReadsBack() throws {
    let dir = try TestData.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let n = try NativeFormat.parse(Self.sample)
    for name in ["net.yaml", "net.json"] {
      let path = dir.appendingPathComponent(name).path
      try NativeFormat.write(n, to: path)
      #expect(try NativeFormat.read(path: path) == n)
    }
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }
    #expect(leftovers.isEmpty)
  }

  // MARK: - Validation: every error, its exact message and location

  func problems(_ text: String) -> [String] {
    do {
      _ = try NativeFormat.parse(text, file: "f.yaml")
      return []
    } catch let e as InputError {
      return e.diagnostics.map(\.description)
    } catch {
      return ["unexpected \(error)"]
    }
  }

  @Test func syntaxErrorHasLineAndColumn() {
    let p = problems("coopgraph: 1\nentities:\n  - id: a\n   kind: [x\n")
    #expect(p.count == 1)
    #expect(p.first?.hasPrefix("f.yaml:") == true)
    #expect(p.first?.contains("error: syntax error:") == true)
  }

  @Test func emptyFile() {
    #expect(problems("") == ["f.yaml:1: error: the file is empty; expected 'coopgraph: 1', 'entities:' and 'ties:'"])
  }

  @Test func missingAndWrongVersion() {
    #expect(problems("entities: []\n") == ["f.yaml:1:1: error: missing key 'coopgraph' (the format version): add 'coopgraph: 1' at the top"])
    #expect(problems("coopgraph: 2\n") == ["f.yaml:1:12: error: unsupported format version 2; this coopgraph reads version 1"])
    #expect(problems("coopgraph: one\n") == ["f.yaml:1:12: error: expected the format version number for 'coopgraph', found 'one'"])
  }

  @Test func topLevelMustBeAMapping() {
    #expect(problems("- a\n- b\n") == ["f.yaml:1:1: error: expected the file to be a mapping, found a list"])
  }

  @Test func collectsAllProblemsInFileOrder() {
    let text = """
      coopgraph: 1
      entities:
        - id: a
          kind: institution
        - id: a
          kind: enterprise
        - id: b
          kind: instituton
        - id: "bad id"
          kind: group
        - name: no id
          kind: group
        - id: c
        - id: d
          kind: group
          parent: zz
        - id: e
          kind: group
          name: [x]
      ties:
        - kind: agreement
          parties: [a]
        - kind: agreement
          parties: [a, nobody, a]
        - kind: agreemnt
          parties: [a, d]
        - kind: agreement
          parties: [a, d]
          date: 2025-13-01
          strength: -1
        - kind: agreement
          parties: [a, d]
          strength: lots
        - kind: agreement
          parties: a
        - parties: [a, d]
        - kind: part-of
          parties: [d, a]
        - id: t1
          kind: event
          parties: [a, d]
        - id: t1
          kind: event
          parties: [a, d]
        - kind: event
          parties: [a, d]
          directed: maybe
      """
    #expect(problems(text) == [
      "f.yaml:5:9: error: duplicate entity id 'a' (first at line 3)",
      "f.yaml:8:11: error: unknown entity kind 'instituton'; kinds are institution, enterprise, government, alliance, person, group (declare others under 'kinds: entities:')",
      "f.yaml:9:9: error: 'bad id' is not a valid id: use letters, digits, '-', '_' and '.', starting with a letter or digit",
      "f.yaml:11:5: error: an entity needs an 'id'",
      "f.yaml:13:5: error: entity 'c' needs a 'kind'",
      "f.yaml:14:9: error: entity 'd' has unknown parent 'zz'",
      "f.yaml:19:11: error: expected text for 'name', found a list",
      "f.yaml:22:14: error: a tie needs at least two parties, found 1",
      "f.yaml:24:18: error: unknown party 'nobody': no entity has this id",
      "f.yaml:24:26: error: party 'a' is listed twice",
      "f.yaml:25:11: error: unknown tie kind 'agreemnt'; kinds are agreement, membership, role, exchange, event, cooperation (declare others under 'kinds: ties:')",
      "f.yaml:29:11: error: unknown date '2025-13-01': there is no month 13 (months are 01 to 12); use YYYY, YYYY-MM, YYYY-MM-DD or a range START/END",
      "f.yaml:30:15: error: strength must be finite and greater than 0, found -1",
      "f.yaml:33:15: error: expected a number for 'strength', found 'lots'",
      "f.yaml:35:14: error: expected 'parties' to be a list of entity ids, found 'a'",
      "f.yaml:36:5: error: a tie needs a 'kind'",
      "f.yaml:37:11: error: unknown tie kind 'part-of'; kinds are agreement, membership, role, exchange, event, cooperation ('part-of' comes from an entity's 'parent')",
      "f.yaml:42:9: error: duplicate tie id 't1' (first at line 39)",
      "f.yaml:47:15: error: expected true or false for 'directed', found 'maybe'",
    ].sorted(by: Self.byLocation))
  }

  static func byLocation(_ a: String, _ b: String) -> Bool {
    func key(_ s: String) -> (Int, Int) {
      let parts = s.split(separator: ":")
      return (Int(parts[1]) ?? 0, Int(parts[2]) ?? 0)
    }
    return key(a) < key(b)
  }

  @Test func duplicateKeyIsReportedWhereItFirstAppears() {
    let p = problems("coopgraph: 1\nentities:\n  - id: a\n    kind: group\n    kind: person\n")
    #expect(p == ["f.yaml:4:5: error: duplicate key 'kind' in one mapping; each key may appear once"])
  }

  @Test func parentCycleIsReportedOnce() {
    let text = """
      coopgraph: 1
      entities:
        - {id: a, kind: group, parent: c}
        - {id: b, kind: group, parent: a}
        - {id: c, kind: group, parent: b}
        - {id: d, kind: group, parent: d}
      """
    #expect(problems(text) == [
      "f.yaml:3:10: error: parent cycle: a -> c -> b -> a",
      "f.yaml:6:10: error: entity 'd' is its own parent",
    ])
  }

  @Test func impossibleDatesAreRejected() {
    #expect(PartialDate("2025-02-29") == nil)
    #expect(PartialDate("2024-02-29") != nil)
    #expect(PartialDate("25-01-01") == nil)
    #expect(DateRange("2026/2025") == nil)
    #expect(DateRange("2025-01/2025-06")?.end == PartialDate(year: 2025, month: 6))
  }

  @Test func invalidUTF8NamesTheLine() throws {
    let dir = try TestData.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("bad.yaml").path
    var bytes = Array("coopgraph: 1\nentities:\n  - id: a\n    name: ".utf8)
    bytes += [0xFF, 0xFE, 0x0A]
    FileManager.default.createFile(atPath: path, contents: Data(bytes))
    #expect {
      _ = try NativeFormat.read(path: path)
    } throws: { error in
      (error as? InputError)?.description == "\(path):4:11: error: file is not valid UTF-8 text"
    }
  }

  @Test func missingFileIsAnInputError() {
    #expect {
      _ = try NativeFormat.read(path: "/nonexistent/x.yaml")
    } throws: { error in
      (error as? InputError)?.description == "error: /nonexistent/x.yaml: no such file"
    }
  }
}
