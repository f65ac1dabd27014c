import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A file or standard output that could not be written (full disk, closed pipe, missing folder,
/// no permission), or an output that is one of the run's input files. The command line exits 1
/// for the first kind and 2 for the second, with ``description`` as its one line.
public struct WriteError: Error, CustomStringConvertible, Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    /// The system refused the write; the message is the system's.
    case failed
    /// The output is the same file (device and inode) as an input of the run.
    case sameAsInput
  }
  public var kind: Kind
  /// The output path (`-` for standard output).
  public var path: String
  public var message: String

  public init(_ kind: Kind = .failed, path: String, _ message: String) {
    self.kind = kind
    self.path = path
    self.message = message
  }

  public var description: String {
    path == "-" ? "error: standard output: \(message)" : "error: \(path): \(message)"
  }
}

/// Reading and safely writing files.
///
/// Every file read through this type is remembered by device and inode for the rest of the
/// process; when ``refusesToOverwriteInputs`` is set (the command line sets it),
/// ``write(_:to:)`` refuses to replace one of them: `report a.yaml -o a.yaml`, or a link to the
/// input under another name, cannot destroy the record.
public enum FileIO {
  /// Whether ``write(_:to:)`` refuses to replace a file this process read. Off by default, so
  /// that a program may read a file, change the network and save it back.
  nonisolated(unsafe) public static var refusesToOverwriteInputs = false

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
    noteInput(descriptor: fh.fileDescriptor)
    do {
      let data = try fh.readToEnd() ?? Data()
      return [UInt8](data)
    } catch {
      throw InputError(at: nil, "\(path): cannot be read: \(error.localizedDescription)")
    }
  }

  /// Reads a whole file as UTF-8 text, dropping a byte-order mark. Invalid UTF-8 and NUL bytes
  /// are errors that name the line and column they are on.
  public static func readText(_ path: String) throws -> String {
    var bytes = try read(path)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    if let problem = TextCheck.firstProblem(in: bytes) {
      throw InputError(at: SourceLocation(file: path, line: problem.line, column: problem.column), problem.message)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  // MARK: Inputs

  private static let inputs = InputRegistry()

  /// Remembers an open file as an input of this run (see the type's documentation).
  public static func noteInput(descriptor fd: Int32) {
    var info = stat()
    guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return }
    inputs.insert(FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)))
  }

  /// Remembers a path as an input of this run, when it names a regular file.
  public static func noteInput(path: String) {
    guard let id = identity(of: path) else { return }
    inputs.insert(id)
  }

  static func identity(of path: String) -> FileIdentity? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
  }

  /// Throws ``WriteError/Kind/sameAsInput`` when `path` is (after following links) a file this
  /// run read. Commands call it before any work, so that nothing is computed in vain.
  public static func checkNotInput(_ path: String) throws {
    guard refusesToOverwriteInputs, path != "-", let id = identity(of: path), inputs.contains(id) else { return }
    throw WriteError(
      .sameAsInput, path: path, "is an input of this command; refusing to overwrite it (choose another output)")
  }

  // MARK: Writing

  /// Writes `data` to `path` atomically: to a temporary file created exclusively, with a random
  /// name, in the same folder (as `mkstemp` does, with `O_EXCL | O_NOFOLLOW`, so a planted link
  /// cannot redirect it), then a rename, so a failure never leaves a partly written file where the user's was.
  /// The temporary file is removed on any failure, and on SIGINT, SIGTERM, SIGHUP, SIGQUIT,
  /// SIGXFSZ or SIGPIPE.
  /// `-` writes to standard output, checking every write; so does a path that names a device or a
  /// pipe (`/dev/null`, `/dev/stdout`), which is written in place.
  ///
  /// - Throws: ``WriteError``: `.sameAsInput` when `path` is a file this run read, `.failed`
  ///   with the system's reason (no such folder, no space left, permission denied, ...).
  public static func write(_ data: Data, to path: String) throws {
    if path == "-" {
      try writeStandardOutput(data)
      return
    }
    try checkNotInput(path)
    var info = stat()
    if stat(path, &info) == 0 {
      switch info.st_mode & S_IFMT {
      case S_IFREG: break
      case S_IFDIR: throw WriteError(path: path, "cannot be written: it is a folder")
      default:
        // A device or a pipe (`/dev/null`, `/dev/stdout`, a FIFO): written in place; renaming a
        // file over it would replace the device.
        try writeInPlace(data, to: path)
        return
      }
    }
    let url = URL(fileURLWithPath: path)
    let dir = url.deletingLastPathComponent()
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue else {
      throw WriteError(path: path, "folder \(dir.path) does not exist")
    }
    TemporaryFiles.installHandlers()
    let (fd, tmp) = try createTemporaryFile(in: dir.path, for: url.lastPathComponent, path: path)
    TemporaryFiles.track(tmp)
    var closed = false
    defer {
      if !closed { close(fd) }
      TemporaryFiles.untrack(tmp)
    }
    do {
      try writeAll(data, to: fd, path: path)
      // mkostemp creates the file 0600; give it the mode the user's file had, or the default.
      let mode = existingMode(path) ?? (0o666 & ~currentUmask())
      _ = fchmod(fd, mode)
      closed = true
      guard close(fd) == 0 else { throw WriteError(path: path, "cannot be written: \(systemMessage())") }
      guard rename(tmp, url.path) == 0 else { throw WriteError(path: path, "cannot be written: \(systemMessage())") }
    } catch {
      unlink(tmp)
      throw error
    }
  }

  private static func writeInPlace(_ data: Data, to path: String) throws {
    let fd = open(path, O_WRONLY | O_CLOEXEC)
    guard fd >= 0 else { throw WriteError(path: path, "cannot be written: \(systemMessage())") }
    defer { close(fd) }
    try writeAll(data, to: fd, path: path)
  }

  /// Writes text as UTF-8, atomically (see ``write(_:to:)``).
  public static func write(_ text: String, to path: String) throws {
    try write(Data(text.utf8), to: path)
  }

  /// Writes to standard output, after what `print` buffered, and flushes.
  /// - Throws: ``WriteError`` when a write fails (full disk, closed pipe).
  public static func writeStandardOutput(_ data: Data) throws {
    try flushStandardOutput()
    try writeAll(data, to: STDOUT_FILENO, path: "-")
  }

  /// Flushes what `print` buffered.
  /// - Throws: ``WriteError`` when a write of standard output failed, now or before.
  public static func flushStandardOutput() throws {
    errno = 0
    if !StandardOutputStream.flush() {
      // An earlier `print` failed and errno has moved on: one more byte (the stream is broken
      // anyway) tells why.
      if errno == 0 {
        var newline: UInt8 = 0x0A
        _ = Glibc.write(STDOUT_FILENO, &newline, 1)
      }
      let message = errno == 0 ? "write failed" : systemMessage()
      throw WriteError(path: "-", "cannot be written: \(message)")
    }
  }

  /// Creates `.NAME.XXXXXXXX` in `folder` the way `mkstemp` does, with a random name, opened
  /// with `O_CREAT | O_EXCL | O_NOFOLLOW` (so neither an existing file nor a planted link is
  /// ever opened), mode 0600; another name is tried when one exists.
  private static func createTemporaryFile(in folder: String, for name: String, path: String) throws -> (Int32, String) {
    let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<100 {
      var suffix = ""
      for _ in 0..<12 { suffix.append(letters[Int(generator.next() % UInt64(letters.count))]) }
      let tmp = (folder as NSString).appendingPathComponent(".\(name).\(suffix)")
      let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
      if fd >= 0 { return (fd, tmp) }
      if errno != EEXIST { break }
    }
    throw WriteError(path: path, "cannot be written: \(systemMessage())")
  }

  private static func writeAll(_ data: Data, to fd: Int32, path: String) throws {
    guard SystemWrite.all(data, to: fd) else { throw WriteError(path: path, "cannot be written: \(systemMessage())") }
  }


  private static func existingMode(_ path: String) -> mode_t? {
    var info = stat()
    guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    return info.st_mode & 0o7777
  }

  private static func currentUmask() -> mode_t {
    let mask = umask(0o022)
    umask(mask)
    return mask
  }

  static func systemMessage() -> String { String(cString: strerror(errno)) }
}

/// A file by device and inode, the way the system tells two names of one file apart.
struct FileIdentity: Hashable, Sendable {
  var device: UInt64
  var inode: UInt64
}

/// The inputs a run read, behind a lock.
final class InputRegistry: Sendable {
  private let ids = Locked(Set<FileIdentity>())

  func insert(_ id: FileIdentity) { ids.withLock { _ = $0.insert(id) } }

  func contains(_ id: FileIdentity) -> Bool { ids.withLock { $0.contains(id) } }
}
