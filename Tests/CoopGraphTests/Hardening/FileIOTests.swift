import Foundation
import Testing

@testable import CoopGraph

/// The library half of hardening item 4: how `FileIO.write` creates its temporary file.
@Suite struct FileIOTests {
  /// The reproducer: the old temporary name `.NAME.PID.tmp`, planted as a link to a victim file,
  /// redirected the write into the victim.
  @Test func aLinkPlantedAtThePredictableNameIsNotFollowed() throws {
    let dir = try TestData.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let victim = dir.appendingPathComponent("victim.txt")
    try "keep me".write(to: victim, atomically: true, encoding: .utf8)
    let pid = ProcessInfo.processInfo.processIdentifier
    let planted = dir.appendingPathComponent(".out.txt.\(pid).tmp").path
    try FileManager.default.createSymbolicLink(atPath: planted, withDestinationPath: victim.path)
    try FileIO.write("new text", to: dir.appendingPathComponent("out.txt").path)
    #expect(try String(contentsOf: victim, encoding: .utf8) == "keep me")
    #expect(try String(contentsOf: dir.appendingPathComponent("out.txt"), encoding: .utf8) == "new text")
    // Only the output and what was there before.
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    #expect(names == [".out.txt.\(pid).tmp", "out.txt", "victim.txt"])
  }

  @Test func aFailedWriteRemovesItsTemporaryFile() throws {
    let dir = try TestData.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let target = dir.appendingPathComponent("taken")
    try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
    _ = FileManager.default.createFile(atPath: target.appendingPathComponent("x").path, contents: Data())
    #expect(throws: WriteError.self) { try FileIO.write("text", to: target.path) }
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["taken"])
  }

  @Test func theFileKeepsTheModeOfTheFileItReplaces() throws {
    let dir = try TestData.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("m.txt").path
    try "old".write(toFile: path, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
    try FileIO.write("new", to: path)
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o640)
  }

  @Test func temporaryNamesAreRandomAndExclusive() throws {
    let dir = try TestData.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    // Two hundred writes of one name: every temporary file is new (O_EXCL) and none is left.
    for i in 0..<200 { try FileIO.write("\(i)", to: dir.appendingPathComponent("same.txt").path) }
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["same.txt"])
    #expect(try String(contentsOf: dir.appendingPathComponent("same.txt"), encoding: .utf8) == "199")
  }
}
