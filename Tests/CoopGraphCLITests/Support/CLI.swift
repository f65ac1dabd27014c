import Foundation
import Testing

/// Runs the built `coopgraph` binary, as a user would, and captures what it prints.
enum CLI {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The binary next to the test bundle (`.build/<config>/coopgraph`).
  static var binary: URL {
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      return bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("coopgraph")
    }
    // Swift Testing on Linux: the test runner lives in the products folder.
    return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("coopgraph")
  }

  /// Runs `coopgraph args…` in the repository root.
  static func run(_ args: [String], stdin: String? = nil) throws -> Result {
    let process = Process()
    process.executableURL = binary
    process.arguments = args
    process.currentDirectoryURL = root
    var env = ProcessInfo.processInfo.environment
    env["COLUMNS"] = "100"
    process.environment = env
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    if let stdin {
      let inPipe = Pipe()
      process.standardInput = inPipe
      try process.run()
      inPipe.fileHandleForWriting.write(Data(stdin.utf8))
      try inPipe.fileHandleForWriting.close()
    } else {
      process.standardInput = FileHandle.nullDevice
      try process.run()
    }
    // Read both pipes before waiting, so a large output cannot block the child.
    let group = DispatchGroup()
    nonisolated(unsafe) var outData = Data(), errData = Data()
    group.enter()
    DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
    group.enter()
    DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
    group.wait()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  static func run(_ args: String...) throws -> Result { try run(args) }

  /// Runs `coopgraph args…` and expects its exit status and, where given, its exact output.
  static func expect(
    _ args: [String], status: Int32, stdout: String? = nil, stderr: String? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let r = try run(args)
    #expect(r.status == status, "\(r.stderr)", sourceLocation: sourceLocation)
    if let stdout { #expect(r.stdout == stdout, sourceLocation: sourceLocation) }
    if let stderr { #expect(r.stderr == stderr, sourceLocation: sourceLocation) }
  }

  /// Runs `coopgraph args…`, expects exit 0, and parses standard output as a JSON object.
  static func json(_ args: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
    let r = try run(args)
    #expect(r.status == 0, "\(r.stderr)", sourceLocation: sourceLocation)
    return try #require(
      try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], sourceLocation: sourceLocation)
  }
}

/// Folders for a test's files under the system's temporary directory; the test removes them
/// (`defer { try? FileManager.default.removeItem(at: folder) }`).
extension CLI {
  /// A fresh folder holding `files` (name → text).
  static func temporaryFolder(with files: [String: String] = [:]) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("coopgraph-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
    return dir
  }

  /// A fresh folder with one file, `name`, holding `text`: the folder and the file's path.
  static func scratch(_ name: String, _ text: String) throws -> (folder: URL, path: String) {
    let dir = try temporaryFolder(with: [name: text])
    return (dir, dir.appendingPathComponent(name).path)
  }
}
