import Foundation
import Testing

/// End-to-end tests against golden files: the built binary runs on the files in `graphs/` (and
/// a malformed fixture), and what it prints — stdout, stderr and exit status — must equal
/// `Tests/Fixtures/cli-golden/NAME.txt` byte for byte. The `--help` of every subcommand is
/// checked the same way.
///
/// After an intended change of output, regenerate the golden files and review the diff:
///
///     COOPGRAPH_UPDATE_GOLDEN=1 swift test --filter GoldenTests
///     git diff Tests/Fixtures/cli-golden
@Suite struct GoldenTests {
  static let folder = CLI.root.appendingPathComponent("Tests/Fixtures/cli-golden")
  static var updating: Bool { ProcessInfo.processInfo.environment["COOPGRAPH_UPDATE_GOLDEN"] == "1" }

  static let alliance = "graphs/jiangsu-central-asia-alliance.yaml"

  /// The runs compared with golden files, by golden name.
  static let runs: [(name: String, args: [String])] = [
    // The main job, on every network in graphs/.
    ("analyze", ["analyze", alliance]),
    ("analyze-json", ["analyze", alliance, "--format", "json"]),
    ("analyze-csv", ["analyze", alliance, "--format", "csv"]),
    (
      "analyze-organizations",
      ["analyze", alliance, "--nodes", "institution,enterprise,government,alliance", "--collapse-parts", "--top", "5"]
    ),
    ("analyze-karate-club", ["analyze", "graphs/karate-club.yaml"]),
    ("analyze-karate-club-weighted", ["analyze", "graphs/karate-club-weighted.edges", "--top", "5"]),
    ("analyze-florentine-families", ["analyze", "graphs/florentine-families.yaml"]),
    ("analyze-krackhardt-kite", ["analyze", "graphs/krackhardt-kite.yaml", "--format", "csv"]),
    ("analyze-southern-women", ["analyze", "graphs/southern-women.yaml", "--top", "5"]),
    // Every other command that prints, on the alliance.
    ("info", ["info", alliance]),
    ("validate", ["validate", alliance]),
    ("communities", ["communities", alliance]),
    ("structure", ["structure", alliance]),
    ("partners", ["partners", alliance]),
    ("whatif", ["whatif", alliance, "--remove", "njit"]),
    ("suggest", ["suggest", alliance, "--top", "5"]),
    ("rank", ["rank", "graphs/florentine-families.yaml", "--by", "betweenness"]),
    ("centrality", ["centrality", "graphs/krackhardt-kite.yaml", "--measure", "closeness"]),
    ("dot", ["dot", "graphs/krackhardt-kite.yaml"]),
    // The styled DOT of the alliance, by default and in every preset.
    ("dot-alliance", ["dot", alliance]),
    ("dot-slide", ["dot", alliance, "--preset", "slide"]),
    ("dot-a4", ["dot", alliance, "--preset", "a4"]),
    ("dot-poster", ["dot", alliance, "--preset", "poster"]),
    ("dot-web", ["dot", alliance, "--preset", "web"]),
    ("dot-engine-dot", ["dot", alliance, "--engine", "dot", "--labels", "short"]),
    // Errors: malformed input, a missing file, bad options.
    ("validate-malformed", ["validate", "Tests/Fixtures/cli/broken.yaml"]),
    ("analyze-malformed", ["analyze", "Tests/Fixtures/cli/broken.yaml"]),
    ("report-malformed", ["report", "Tests/Fixtures/cli/broken.yaml", "-o", "-"]),
    ("analyze-missing-file", ["analyze", "graphs/no-such-network.yaml"]),
    ("analyze-bad-option", ["analyze", alliance, "--top", "zero"]),
    ("unknown-subcommand", ["analyse", alliance]),
    ("help", ["--help"]),
    ("version", ["--version"]),
  ]

  /// `coopgraph help` text of every subcommand, discovered from `coopgraph --help`.
  static func helpRuns() throws -> [(name: String, args: [String])] {
    try HelpCommandTests.subcommands().map { ("help-\($0)", [$0, "--help"]) }
  }

  static func transcript(_ args: [String], _ r: CLI.Result) -> String {
    "$ coopgraph \(args.joined(separator: " "))\n[exit \(r.status)]\n--- stdout\n\(r.stdout)--- stderr\n\(r.stderr)"
  }

  static func check(_ name: String, _ args: [String]) throws {
    let r = try CLI.run(args)
    let actual = transcript(args, r)
    let file = folder.appendingPathComponent("\(name).txt")
    if updating {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try actual.write(to: file, atomically: true, encoding: .utf8)
      return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
      Issue.record("no golden file \(file.path); run COOPGRAPH_UPDATE_GOLDEN=1 swift test --filter GoldenTests")
      return
    }
    if actual != expected {
      let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
      let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let line = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
      let got = line < a.count ? String(a[line]) : "<end>"
      let want = line < e.count ? String(e[line]) : "<end>"
      Issue.record(
        """
        coopgraph \(args.joined(separator: " ")) differs from \(name).txt at line \(line + 1):
          expected: \(want)
          actual:   \(got)
        If the change is intended: COOPGRAPH_UPDATE_GOLDEN=1 swift test --filter GoldenTests
        """)
    }
  }

  @Test(arguments: runs.map(\.name))
  func output(name: String) throws {
    guard let run = Self.runs.first(where: { $0.name == name }) else { return }
    try Self.check(run.name, run.args)
  }

  @Test func helpOfEverySubcommand() throws {
    let runs = try Self.helpRuns()
    #expect(runs.count >= 4)
    for run in runs { try Self.check(run.name, run.args) }
  }

  /// Every golden file belongs to a run, so a removed command leaves no stale file.
  @Test func noStaleGoldenFiles() throws {
    guard !Self.updating else { return }
    let names = Set(Self.runs.map(\.name) + (try Self.helpRuns().map(\.name)))
    let files = (try? FileManager.default.contentsOfDirectory(atPath: Self.folder.path)) ?? []
    for f in files where f.hasSuffix(".txt") {
      #expect(names.contains(String(f.dropLast(4))), "stale golden file \(f): delete it")
    }
  }
}
