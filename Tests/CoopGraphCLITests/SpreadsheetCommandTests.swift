import Foundation
import Testing

/// The spreadsheet route at the command line: any file names, every problem at once with exit
/// 3, a template that validates, and --exclude-where that names what no entity has.
@Suite struct SpreadsheetCommandTests {
  @Test func validateListsEveryProblemOfATablePairAndExits3() throws {
    let dir = try CLI.temporaryFolder(with: [
      "organizations.csv": "ID,Name,Kind,Country\nnjit,NJIT,instituton,CN\nc2k,C2K,enterprise,KZ\n",
      "cooperation.csv": "Source,Target,Kind,Date\nnjit,c2kk,agreement,Dec 2025\n",
    ])
    defer { try? FileManager.default.removeItem(at: dir) }
    let entities = dir.appendingPathComponent("organizations.csv").path
    let ties = dir.appendingPathComponent("cooperation.csv").path
    let r = try CLI.run("validate", entities, "--ties-file", ties)
    #expect(r.status == 3)
    let lines = r.stderr.split(separator: "\n").map(String.init)
    #expect(lines.count == 3, "\(r.stderr)")
    #expect(lines[0].hasPrefix("\(ties):2:6: error: unknown party 'c2kk': no entity has this id; did you mean 'c2k'?"))
    #expect(lines[1].hasPrefix("\(ties):2:21: error: unknown date 'Dec 2025'"))
    #expect(lines[2].hasPrefix("\(entities):2:11: error: unknown entity kind 'instituton' (did you mean 'institution'?)"))
  }

  @Test func templateWritesARecordThatValidates() throws {
    let dir = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(try CLI.run("template", dir.path).status == 0)
    let csv = try CLI.run(
      "validate", dir.appendingPathComponent("entities.csv").path, "--ties-file",
      dir.appendingPathComponent("ties.csv").path)
    #expect(csv.status == 0 && csv.stdout.hasSuffix("valid (7 entities, 7 ties)\n"), "\(csv.stderr)")
    #expect(try CLI.run("template", dir.path, "--xlsx").status == 0)
    let xlsx = try CLI.run("validate", dir.appendingPathComponent("record.xlsx").path)
    #expect(xlsx.status == 0 && xlsx.stdout.hasSuffix("valid (7 entities, 7 ties)\n"), "\(xlsx.stderr)")
    let info = try CLI.run("info", dir.appendingPathComponent("record.xlsx").path, "--format", "json")
    #expect(info.status == 0)
  }

  @Test func columnsOptionMapsAFieldAndRejectsAnUnknownOne() throws {
    // The entities table with its own column names, and the ties table beside it.
    let nodes = "Code,Organisation,Category\nx,Ex,institution\ny,Why,enterprise\n"
    let dir = try CLI.temporaryFolder(with: ["a.nodes.csv": nodes, "a.edges.csv": "source,target,kind\nx,y,agreement\n"])
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("a.nodes.csv").path
    let ok = try CLI.run("info", path, "--columns", "id=Code,name=Organisation,kind=Category", "--format", "json")
    #expect(ok.status == 0, "\(ok.stderr)")
    let bad = try CLI.run("info", path, "--columns", "colour=Category")
    #expect(bad.status == 2 && bad.stderr.contains("unknown field 'colour'"))
  }

  @Test func excludeWhereOnAKeyOrValueNobodyHasIsAnError() throws {
    let alliance = "graphs/jiangsu-central-asia-alliance.yaml"
    let key = try CLI.run("info", alliance, "--exclude-where", "colour=red")
    #expect(key.status == 2 && key.stderr == "error: --exclude-where: no entity has a value for 'colour'\n")
    let value = try CLI.run("info", alliance, "--exclude-where", "country=XX")
    #expect(value.status == 2 && value.stderr.hasPrefix("error: --exclude-where: no entity has country=XX; its values are "))
    #expect(try CLI.run("info", alliance, "--exclude-where", "unnamed=true").status == 0)
  }
}
