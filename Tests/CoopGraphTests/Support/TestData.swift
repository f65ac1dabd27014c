import Foundation

/// Paths to the repository's data, found from this file's location so that tests need no
/// bundled resources.
enum TestData {
  /// The repository root.
  static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Support
    .deletingLastPathComponent()  // CoopGraphTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

  /// A file in `graphs/`.
  static func graph(_ name: String) -> String { root.appendingPathComponent("graphs/\(name)").path }

  /// A file in `Tests/Fixtures/`.
  static func fixture(_ relativePath: String) -> String {
    root.appendingPathComponent("Tests/Fixtures/\(relativePath)").path
  }

  /// A fixture parsed as JSON.
  static func json(_ relativePath: String) throws -> Any {
    let data = try Data(contentsOf: URL(fileURLWithPath: fixture(relativePath)))
    return try JSONSerialization.jsonObject(with: data)
  }

  /// A fresh temporary directory.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("coopgraph-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
