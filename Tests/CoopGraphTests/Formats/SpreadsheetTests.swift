import Foundation
import Testing

@testable import CoopGraph

/// The spreadsheet route: what users of Excel, Kumu, Gephi and Flourish write, read as they
/// mean it or refused at its cell, with the native format's rules.
@Suite struct SpreadsheetTests {
  /// Writes `files` (name → text) into a fresh folder and reads `entities`/`ties` from it.
  static func read(
    _ files: [String: String], entities: String? = "entities.csv", ties: String? = "ties.csv",
    columns: SheetColumns = SheetColumns()
  ) throws -> InterchangeRead {
    let dir = try TestData.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
    return try CSVFormat.read(
      entities: entities.map { dir.appendingPathComponent($0).path }, ties: ties.map { dir.appendingPathComponent($0).path },
      columns: columns)
  }

  /// The messages of the error `body` throws, each as `line:column: message` (file names
  /// differ from run to run).
  static func problems(_ body: () throws -> InterchangeRead) -> [String] {
    do {
      _ = try body()
      return []
    } catch let error as InputError {
      return error.diagnostics.map { d in
        let l = d.location.map { "\($0.line):\($0.column): " } ?? ""
        return l + d.message
      }
    } catch {
      return ["\(error)"]
    }
  }

  /// The problems of reading an entities table and a ties table (``problems(_:)``).
  static func problems(entities: String, ties: String) -> [String] {
    problems { try read(["entities.csv": entities, "ties.csv": ties]) }
  }

  @Test func capitalizedHeadersKeepKindsNamesAndDates() throws {
    let read = try Self.read([
      "entities.csv": "ID,Name,Kind,Country\nu,University,institution,CN\nf,Firm,enterprise,KZ\n",
      "ties.csv": "Source,Target,Kind,Label,Date,Weight\nu,f,agreement,Framework,2025-12-09,2\n",
    ])
    let n = read.network
    #expect(n.entities.map(\.kind) == [.institution, .enterprise])
    #expect(n.entities.map(\.name) == ["University", "Firm"])
    #expect(n.entities.map(\.country) == ["CN", "KZ"])
    #expect(n.ties[0].kind == .agreement && n.ties[0].label == "Framework" && n.ties[0].strength == 2)
    #expect(n.ties[0].date?.description == "2025-12-09")
    #expect(read.warnings.isEmpty)
  }

  @Test func typeColumnIsTheKind() throws {
    let n = try Self.read([
      "entities.csv": "Id,Label,Type\nu,University,institution\nf,Firm,enterprise\n",
      "ties.csv": "From,To,Type\nu,f,exchange\n",
    ]).network
    #expect(n.entities.map(\.kind) == [.institution, .enterprise])
    #expect(n.ties[0].kind == .exchange)
  }

  @Test func emptyAndMisspeltKindsAreErrorsWithASuggestion() {
    let p = Self.problems(
      entities: "id,name,kind\nu,University,instituton\nf,Firm,\n",
      ties: "source,target,kind\nu,f,exchnage\n")
    #expect(p.count == 3)
    #expect(p[0].hasPrefix("2:14: unknown entity kind 'instituton' (did you mean 'institution'?); kinds are institution,"))
    #expect(p[1].hasPrefix("3:8: entity 'f' needs a kind"))
    #expect(p[2].hasPrefix("2:5: unknown tie kind 'exchnage' (did you mean 'exchange'?); kinds are agreement,"))
  }

  @Test func aMisspeltPartyIsAnErrorWithTheClosestId() {
    let p = Self.problems(
      entities: "id,name,kind\nnjit,NJIT,institution\nc2k,C2K,enterprise\n",
      ties: "source,target,kind\nnjit,c2kk,agreement\n")
    #expect(p == ["2:6: unknown party 'c2kk': no entity has this id; did you mean 'c2k'?"])
  }

  @Test func datesThatAreNotISOAreErrors() {
    let p = Self.problems(
      entities: "id,kind\na,institution\nb,institution\n",
      ties: "source,target,kind,date\na,b,event,Dec 2025\na,b,event,2023/05\na,b,event,12/01/2020\na,b,event,2025-13\n")
    #expect(p.count == 4)
    #expect(p.allSatisfy { $0.contains("unknown date") })
    #expect(p.map { $0.prefix(6) } == ["2:11: ", "3:11: ", "4:11: ", "5:11: "])
  }

  @Test func everyProblemAtOnceInLineOrder() {
    let p = Self.problems(
      entities: "id,kind\na,institution\na,institution\nb,instituton\n",
      ties: "source,target,kind,strength\na,b,agreement,0\na,zz,agreement,1\n")
    // Entities first (their file sorts first), then ties; each file in line order.
    #expect(p.count == 4, "\(p)")
    #expect(p[0].contains("duplicate entity id 'a' (first at line 2)"))
    #expect(p[1].contains("unknown entity kind 'instituton'"))
    #expect(p[2].contains("strength must be a finite number greater than 0, found '0'"))
    #expect(p[3].contains("unknown party 'zz'"))
  }

  @Test func structuralProblemsComeTogetherInLineOrder() {
    let p = Self.problems(
      entities: "id,kind\na,institution\nb,enterprise,extra\nc\"d,group\ne,group,x,y\n",
      ties: "source,target,kind\na,b,agreement\n")
    #expect(p.count == 3, "\(p)")
    #expect(p[0].hasPrefix("3:14: this row has 3 fields; the header has 2"))
    #expect(p[1].hasPrefix("4:2: a quote inside an unquoted field"))
    #expect(p[2].hasPrefix("5:9: this row has 4 fields; the header has 2"))
  }

  @Test func filesOfAnyNames() throws {
    let n = try Self.read(
      [
        "organizations.csv": "id,kind\na,institution\nb,enterprise\n",
        "cooperation.csv": "source,target,kind\na,b,agreement\n",
      ], entities: "organizations.csv", ties: "cooperation.csv"
    ).network
    #expect(n.entities.count == 2 && n.ties.count == 1)
  }

  @Test func multiPartyTiesBySharedIdOrPartiesColumn() throws {
    let n = try Self.read([
      "entities.csv": "id,kind\na,institution\nb,enterprise\nc,government\nd,institution\n",
      "ties.csv": "tie id,kind,source,target,parties,label\nm,event,a,b,,Meeting\nm,event,c,d,,Meeting\n,agreement,,,a|b|c,Framework\n",
    ]).network
    #expect(n.ties.count == 2)
    #expect(n.ties[0].id == "m" && n.ties[0].parties == ["a", "b", "c", "d"])
    #expect(n.ties[1].id == nil && n.ties[1].parties == ["a", "b", "c"] && n.ties[1].label == "Framework")
  }

  @Test func rowsOfOneTieMustAgree() {
    let p = Self.problems(
      entities: "id,kind\na,institution\nb,enterprise\nc,government\n",
      ties: "tie_id,kind,source,target\nm,event,a,b\nm,agreement,b,c\n")
    #expect(p == ["3:0: this row is part of tie 'm' (first at line 2) but gives another kind"])
  }

  @Test func kumuAndFlourishColumns() throws {
    // Kumu: elements by Label (the label is the id), connections From/To by label.
    let kumu = try Self.read([
      "entities.csv": "Label,Type\nRiver College,institution\nBlue Firm,enterprise\n",
      "ties.csv": "From,To,Type\nRiver College,Blue Firm,agreement\n",
    ]).network
    #expect(kumu.entities.map(\.id) == ["River College", "Blue Firm"])
    #expect(kumu.ties[0].parties == ["River College", "Blue Firm"])
    // Flourish: source, target, value.
    let flourish = try Self.read(
      ["ties.csv": "source,target,value\nx,y,3\n"], entities: nil
    )
    #expect(flourish.network.ties[0].strength == 3)
    #expect(flourish.warnings.contains { $0.message.contains("has no kind column") })
  }

  @Test func gephiTypeIsTheDirection() throws {
    let n = try Self.read([
      "entities.csv": "Id,Label,kind\na,A,institution\nb,B,institution\n",
      "ties.csv": "Source,Target,Type,kind\na,b,Directed,cooperation\n",
    ]).network
    #expect(n.ties[0].kind == .cooperation && n.ties[0].directed == true)
  }

  @Test func columnsMapFieldsAndUnknownColumnsAreKept() throws {
    let read = try Self.read(
      [
        "entities.csv": "Code,Organisation,Category,Budget\na,Alpha,institution,5\nb,Beta,enterprise,7\n",
        "ties.csv": "Source,Target,Kind\na,b,agreement\n",
      ], columns: try SheetColumns.parse("id=Code,name=Organisation,kind=Category"))
    #expect(read.network.entities.map(\.name) == ["Alpha", "Beta"])
    #expect(read.network.entities[0].attributes["Budget"] == .int(5))
    #expect(read.warnings.map(\.message) == ["column 'Budget' is no entity field; kept as attribute (map a column to a field with --columns field=Column)"])
    #expect(throws: ColumnMappingError.self) { try SheetColumns.parse("colour=Type") }
    #expect(
      Self.problems {
        try Self.read(
          ["entities.csv": "id,kind\na,institution\n", "ties.csv": "source,target\n"],
          columns: SheetColumns(overrides: ["kind": "Category"]))
      }.first?.contains("--columns kind=Category") == true)
  }

  @Test func chineseExcelAndUTF16AreDecoded() throws {
    // GB18030 bytes of "南京,institution" (Chinese Excel's CSV).
    let gb: [UInt8] = Array("id,name,kind\nnj,".utf8) + [0xC4, 0xCF, 0xBE, 0xA9] + Array(",institution\n".utf8)
    let dir = try TestData.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("entities.csv").path
    try Data(gb).write(to: URL(fileURLWithPath: path))
    let read = try CSVFormat.read(entities: path, ties: nil)
    #expect(read.network.entities[0].name == "南京")
    #expect(read.warnings.contains { $0.message.hasSuffix("read as GB18030, not UTF-8") })
    // UTF-16 LE with its byte-order mark.
    var utf16: [UInt8] = [0xFF, 0xFE]
    for u in "id,kind\nx,group\n".utf16 { utf16 += [UInt8(u & 0xFF), UInt8(u >> 8)] }
    try Data(utf16).write(to: URL(fileURLWithPath: path))
    #expect(try CSVFormat.read(entities: path, ties: nil).network.entities[0].kind == .group)
    // Latin-1 bytes are neither: the error says how to convert.
    try Data(Array("id,name,kind\nx,Caf".utf8) + [0xE9] + Array(",group\n".utf8)).write(to: URL(fileURLWithPath: path))
    let p = Self.problems { try CSVFormat.read(entities: path, ties: nil) }
    #expect(p.count == 1 && p[0].hasPrefix("2:0: file is not valid UTF-8 text") && p[0].contains("iconv -f WINDOWS-1252 -t UTF-8"))
  }

  @Test func theTemplateReadsBackWithoutAProblem() throws {
    func csv(_ rows: [[String]]) -> String {
      rows.map { $0.map { $0.contains(",") || $0.contains("\"") ? "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : $0 }.joined(separator: ",") }
        .joined(separator: "\n") + "\n"
    }
    let read = try Self.read(["entities.csv": csv(SheetTemplate.entities), "ties.csv": csv(SheetTemplate.ties)])
    #expect(read.warnings.isEmpty, "\(read.warnings)")
    #expect(Set(read.network.entities.map(\.kind)) == Set(EntityKind.builtIn))
    #expect(Set(read.network.ties.map(\.kind)) == Set(TieKind.builtIn))
    #expect(read.network.ties.first { $0.id == "meeting-2025" }?.parties.count == 4)
  }

  @Test func excludeWhereNeedsAKeyAndAValueSomeEntityHas() throws {
    let network = try NativeFormat.read(path: TestData.fixture("cli/small.yaml"))
    #expect(throws: ProjectionError.unknownField("colour")) {
      try network.checkExclusions(Projection(excludedWhere: ["colour": "red"]))
    }
    #expect(throws: ProjectionError.self) { try network.checkExclusions(Projection(excludedWhere: ["country": "XX"])) }
    try network.checkExclusions(Projection(excludedWhere: ["country": "KZ"]))
  }
}

/// GraphML carries part-of, so that networkx analyses the graph coopgraph analyses
/// (`scripts/fixtures/partof.py` reads the committed GraphML with networkx).
@Suite struct PartOfInterchangeTests {
  @Test func networkxSeesTheGraphCoopgraphAnalyses() throws {
    let network = try NativeFormat.read(path: TestData.graph("jiangsu-central-asia-alliance.yaml"))
    let committed = try String(contentsOfFile: TestData.fixture("sheets/alliance.graphml"), encoding: .utf8)
    #expect(
      GraphML.write(network).text == committed,
      "regenerate: coopgraph convert graphs/jiangsu-central-asia-alliance.yaml Tests/Fixtures/sheets/alliance.graphml")
    let nx = try #require(try TestData.json("sheets/alliance-networkx.json") as? [String: Any])
    let g = try network.graph()
    #expect(nx["components"] as? Int == g.weakComponents().count)
    #expect(nx["nodes"] as? Int == g.nodeCount && nx["edges"] as? Int == g.edgeCount)
    let reference = try #require(nx["betweenness"] as? [String: Double])
    let ours = g.betweennessCentrality()
    for (v, id) in g.ids.enumerated() {
      #expect(abs(ours[v] - (reference[id] ?? .nan)) < 1e-12, "\(id)")
    }
    #expect(try #require(reference["njit"]) > 0.6)
    // GEXF (for Gephi) the same: written without a drawing, read by networkx's GEXF reader.
    let gexf = try String(contentsOfFile: TestData.fixture("sheets/alliance.gexf"), encoding: .utf8)
    #expect(GEXF.write(network).text == gexf, "regenerate: coopgraph convert … Tests/Fixtures/sheets/alliance.gexf --no-layout")
    let nxGEXF = try #require(try TestData.json("sheets/alliance-networkx-gexf.json") as? [String: Any])
    #expect(nxGEXF["components"] as? Int == 1)
    let gexfBetweenness = try #require(nxGEXF["betweenness"] as? [String: Double])
    for (v, id) in g.ids.enumerated() { #expect(abs(ours[v] - (gexfBetweenness[id] ?? .nan)) < 1e-12, "\(id)") }
    // And coopgraph reads the part-of edges back as parents, not as ties.
    let back = try GraphML.read(path: TestData.fixture("sheets/alliance.graphml")).network
    #expect(back.entities.map(\.parent) == network.entities.map(\.parent))
    #expect(back.ties.count == network.ties.count)
  }
}

/// Records in Excel workbooks: the same rules, located at sheet and cell.
@Suite struct WorkbookRecordTests {
  @Test func openpyxlAndLibreOfficeWorkbooksGiveErrorsAtTheirCells() throws {
    for name in ["openpyxl", "libreoffice"] {
      let path = TestData.fixture("sheets/\(name).xlsx")
      let error = try #require(throws: InputError.self, "\(name).xlsx has kinds it does not declare") {
        try NetworkFile.load(path: path)
      }
      let first = try #require(error.diagnostics.first)
      #expect(first.description == "\(path):entities!C2: error: unknown entity kind 'ngo'; kinds are institution, enterprise, government, alliance, person, group (declare others in a kinds table)")
      // In sheet order, then row and column order.
      let places = error.diagnostics.compactMap(\.location)
      #expect(places == places.sorted())
    }
  }

  @Test func aWorkbookRecordWithAKindsSheetReadsAsTheCSVOneDoes() throws {
    let dir = try TestData.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("record.xlsx").path
    try XLSXWorkbook.write(
      sheets: [
        ("Organisations", [["ID", "Name", "Type"], ["a", "Alpha", "ngo"], ["b", "Beta", "institution"]]),
        ("Cooperation", [["From", "To", "Type", "Date"], ["a", "b", "funding", "2025-12-09"]]),
        ("kinds", [["kind", "of", "directed"], ["ngo", "entity", ""], ["funding", "tie", "true"]]),
      ], to: path)
    let n = try NetworkFile.load(path: path).network
    #expect(n.entities.map(\.kind.rawValue) == ["ngo", "institution"])
    #expect(n.ties[0].kind.rawValue == "funding" && n.isDirected(n.ties[0]))
    #expect(n.ties[0].date?.description == "2025-12-09")
  }

  @Test func theTemplateWorkbookIsValidAndConvertRoundTrips() throws {
    let dir = try TestData.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("record.xlsx").path
    try XLSXWorkbook.write(
      sheets: [("entities", SheetTemplate.entities), ("ties", SheetTemplate.ties), ("kinds", SheetTemplate.kinds),
               ("notes", SheetTemplate.notes)], to: path)
    let read = try WorkbookRecord.read(path: path)
    #expect(read.warnings.isEmpty, "\(read.warnings)")
    // The alliance through a workbook and back: every entity and tie as written.
    let alliance = try NativeFormat.read(path: TestData.graph("jiangsu-central-asia-alliance.yaml"))
    let out = dir.appendingPathComponent("alliance.xlsx").path
    try InterchangeFormat.xlsx.write(alliance, to: out)
    let back = try NetworkFile.load(path: out).network
    #expect(back.entities.map(\.id) == alliance.entities.map(\.id))
    #expect(back.entities.map(\.parent) == alliance.entities.map(\.parent))
    #expect(back.ties.map(\.parties) == alliance.ties.map(\.parties))
    #expect(back.ties.map(\.kind) == alliance.ties.map(\.kind))
  }
}
