import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Reading and safely writing files.
public enum FileIO {
  /// Reads a whole file as bytes; the error names the file.
  public static func read(_ path: String) throws -> [UInt8] {
    guard let fh = FileHandle(forReadingAtPath: path) else {
      var isDir: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) {
        throw InputError(at: nil, isDir.boolValue ? "\(path): is a directory" : "\(path): cannot be read (permission denied)")
      }
      throw InputError(at: nil, "\(path): no such file")
    }
    defer { try? fh.close() }
    do {
      let data = try fh.readToEnd() ?? Data()
      return [UInt8](data)
    } catch {
      throw InputError(at: nil, "\(path): cannot be read: \(error.localizedDescription)")
    }
  }

  /// Reads a whole file as UTF-8 text, dropping a byte-order mark. Invalid UTF-8 is an error
  /// that names the line it is on.
  public static func readText(_ path: String) throws -> String {
    var bytes = try read(path)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    if let s = String(validating: bytes, as: UTF8.self) { return s }
    var line = 1
    var i = 0
    // Find the first invalid sequence to report its line.
    while i < bytes.count {
      let end = Swift.min(bytes.count, i + 4)
      var ok = false
      for len in 1...(end - i) where String(validating: bytes[i..<(i + len)], as: UTF8.self) != nil {
        if bytes[i] == 0x0A { line += 1 }
        i += len
        ok = true
        break
      }
      if !ok { break }
    }
    throw InputError(at: SourceLocation(file: path, line: line), "file is not valid UTF-8 text")
  }

  /// Writes `data` to `path` atomically: to a temporary file in the same folder, then a rename,
  /// so a failure never leaves a partly written file where the user's was. `-` writes to stdout.
  public static func write(_ data: Data, to path: String) throws {
    if path == "-" {
      FileHandle.standardOutput.write(data)
      return
    }
    let url = URL(fileURLWithPath: path)
    let dir = url.deletingLastPathComponent()
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue else {
      throw InputError(at: nil, "\(path): folder \(dir.path) does not exist")
    }
    let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
      try data.write(to: tmp)
      guard rename(tmp.path, url.path) == 0 else {
        throw InputError(at: nil, "\(path): cannot be written: \(String(cString: strerror(errno)))")
      }
    } catch {
      try? FileManager.default.removeItem(at: tmp)
      throw InputError(at: nil, "\(path): cannot be written: \(error.localizedDescription)")
    }
  }

  /// Writes text as UTF-8, atomically (see ``write(_:to:)``).
  public static func write(_ text: String, to path: String) throws {
    try write(Data(text.utf8), to: path)
  }
}
