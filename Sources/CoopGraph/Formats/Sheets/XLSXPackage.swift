import Foundation
import ZIPFoundation

/// The parts of an `.xlsx` file (a ZIP archive of XML parts), read with size limits, and the
/// messages for files that are not workbooks: an `.xls`, a password-protected workbook, a text
/// file, an OpenDocument spreadsheet.
struct XLSXPackage {
  /// The largest part read, decompressed: 512 MiB. A worksheet with Excel's maximum of rows
  /// and a few columns stays well below it; a larger part is a ZIP bomb or not a workbook.
  static let maxPartSize: UInt64 = 512 * 1024 * 1024

  let path: String
  /// The largest part this package reads (``maxPartSize`` unless a test sets a smaller one).
  let partLimit: UInt64
  private let archive: Archive

  /// Opens the workbook at `path`.
  /// - Throws: ``InputError`` when the file cannot be read or is not an `.xlsx` workbook.
  init(path: String, partLimit: UInt64 = XLSXPackage.maxPartSize) throws {
    self.path = path
    self.partLimit = partLimit
    let head: [UInt8] = try XLSXPackage.head(of: path)
    let zipMagic: [UInt8] = [0x50, 0x4B]
    guard head.starts(with: zipMagic) else {
      throw try XLSXPackage.notAZIP(path: path, head: head)
    }
    do {
      archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    } catch {
      throw XLSXPackage.notAWorkbook(path, "the ZIP archive is damaged or incomplete (\(XLSXPackage.describe(error)))")
    }
  }

  /// Whether the archive has a part (a file entry) with this name.
  func has(_ name: String) -> Bool {
    guard let entry = entry(name) else { return false }
    return entry.type == .file
  }

  /// The entry of part `name`; part names compare ignoring case, as the Open Packaging
  /// Conventions say.
  private func entry(_ name: String) -> Entry? {
    if let exact = archive[name] { return exact }
    let lower: String = name.lowercased()
    return archive.first { $0.path.lowercased() == lower }
  }

  /// The bytes of part `name` (`xl/workbook.xml`), `nil` when the archive has no such part.
  /// - Throws: ``InputError`` when the part is larger than ``maxPartSize`` decompressed, or
  ///   damaged.
  func data(_ name: String) throws -> Data? {
    guard let entry = entry(name), entry.type == .file else { return nil }
    let limit: UInt64 = partLimit
    if entry.uncompressedSize > limit {
      throw tooLarge(name, size: entry.uncompressedSize)
    }
    var data = Data()
    data.reserveCapacity(Int(entry.uncompressedSize))
    do {
      let checksum: CRC32 = try archive.extract(entry, bufferSize: 64 * 1024) { (chunk: Data) in
        // The size in the ZIP directory can lie; count what decompression actually gives.
        guard UInt64(data.count) + UInt64(chunk.count) <= limit else {
          throw PartTooLarge()
        }
        data.append(chunk)
      }
      guard checksum == entry.checksum else { throw Archive.ArchiveError.invalidCRC32 }
    } catch is PartTooLarge {
      throw tooLarge(name, size: nil)
    } catch {
      let reason: String = XLSXPackage.describe(error)
      let advice: String = "save the workbook again from Excel or LibreOffice"
      throw InputError(at: nil, "\(path): part \(name) is damaged (\(reason)); \(advice)")
    }
    return data
  }

  /// The bytes of part `name`, which the workbook needs.
  /// - Throws: ``InputError`` naming the missing part and what needed it.
  func required(_ name: String, for what: String) throws -> Data {
    guard let data = try data(name) else {
      throw InputError(
        at: nil, "\(path): the workbook has no part \(name) (\(what)); save it again from Excel or LibreOffice")
    }
    return data
  }

  private struct PartTooLarge: Error {}

  private func tooLarge(_ name: String, size: UInt64?) -> InputError {
    let limit: String = XLSXPackage.size(partLimit)
    var actual: String = ""
    if let size { actual = " (" + XLSXPackage.size(size) + ")" }
    return InputError(
      at: nil,
      "\(path): part \(name) is larger than \(limit) decompressed\(actual); a workbook this large is not supported")
  }

  /// `512 MiB`, `3 KiB`, `700 bytes`.
  static func size(_ bytes: UInt64) -> String {
    if bytes >= 1024 * 1024 { return "\(bytes / (1024 * 1024)) MiB" }
    if bytes >= 1024 { return "\(bytes / 1024) KiB" }
    return "\(bytes) bytes"
  }

  /// `path: not an Excel workbook (.xlsx): reason; save it as .xlsx`.
  static func notAWorkbook(_ path: String, _ reason: String) -> InputError {
    InputError(at: nil, "\(path): not an Excel workbook (.xlsx): \(reason); save it as .xlsx")
  }

  static func describe(_ error: Error) -> String {
    if let e = error as? Archive.ArchiveError {
      switch e {
      case .missingEndOfCentralDirectoryRecord: return "its ZIP directory is missing, as in a truncated file"
      case .invalidCRC32: return "checksum mismatch"
      case .invalidCompressionMethod: return "unsupported compression method"
      case .unreadableArchive: return "unreadable archive"
      default: return "\(e)"
      }
    }
    if let e = error as? InputError { return e.description }
    let text: String = String(describing: error)
    // ZIPFoundation's decompression errors (corruptedData, invalidStream) are internal types.
    if text.contains("corrupted") || text.contains("invalidStream") { return "its compressed data is corrupt" }
    return text
  }

  // MARK: What a file that is not a ZIP archive is

  /// The first bytes of the file, with the reading errors of ``FileIO``.
  private static func head(of path: String) throws -> [UInt8] {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
      throw InputError(at: nil, "\(path): is a directory")
    }
    guard let fh = FileHandle(forReadingAtPath: path) else {
      _ = try FileIO.read(path)
      throw InputError(at: nil, "\(path): cannot be read")
    }
    defer { try? fh.close() }
    do {
      let data: Data = try fh.read(upToCount: 512) ?? Data()
      return [UInt8](data)
    } catch {
      throw InputError(at: nil, "\(path): cannot be read: \(error.localizedDescription)")
    }
  }

  /// The error for a file whose first bytes are not a ZIP archive's: an Excel 97–2003 file or a
  /// password-protected workbook (both OLE2 compound files), an Excel 2003 XML spreadsheet, text.
  private static func notAZIP(path: String, head: [UInt8]) throws -> InputError {
    let ole2: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    if head.isEmpty { return notAWorkbook(path, "the file is empty") }
    if head.starts(with: ole2) {
      let bytes: [UInt8] = try FileIO.read(path)
      if contains(bytes, utf16: "EncryptedPackage") || contains(bytes, utf16: "EncryptionInfo") {
        return InputError(
          at: nil,
          "\(path): the workbook is protected with a password (encrypted); open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, then clear it) and save it as .xlsx"
        )
      }
      let name: String = (path as NSString).lastPathComponent
      let hint: String =
        "open it in Excel and save it as Excel Workbook (.xlsx), or convert it with `soffice --headless --convert-to xlsx \(name)`"
      if contains(bytes, utf16: "Workbook") || contains(bytes, utf16: "Book") {
        return InputError(at: nil, "\(path): this is an Excel 97–2003 workbook (.xls), not .xlsx; \(hint)")
      }
      return InputError(
        at: nil, "\(path): this is an old Microsoft Office file (OLE2), not an Excel workbook (.xlsx); \(hint)")
    }
    let text: String = String(decoding: head, as: UTF8.self)
    if text.contains("urn:schemas-microsoft-com:office:spreadsheet") {
      return notAWorkbook(path, "it is an Excel 2003 XML spreadsheet")
    }
    let isText: Bool = !head.contains(0) && String(validating: head.prefix(400), as: UTF8.self) != nil
    if isText {
      return notAWorkbook(
        path, "the file is text, not a ZIP archive (if it holds comma-separated values, name it .csv)")
    }
    return notAWorkbook(path, "the file is not a ZIP archive")
  }

  /// Whether `bytes` hold `s` in UTF-16LE (the names in an OLE2 file's directory).
  private static func contains(_ bytes: [UInt8], utf16 s: String) -> Bool {
    var needle: [UInt8] = []
    for u in s.utf16 {
      needle.append(UInt8(u & 0xFF))
      needle.append(UInt8(u >> 8))
    }
    guard bytes.count >= needle.count, let first = needle.first else { return false }
    var i: Int = 0
    let last: Int = bytes.count - needle.count
    while i <= last {
      if bytes[i] == first {
        var j: Int = 1
        while j < needle.count && bytes[i + j] == needle[j] { j += 1 }
        if j == needle.count { return true }
      }
      i += 1
    }
    return false
  }

  /// Why a ZIP archive without a workbook part is not one: another kind of document, or none.
  func whatElse() -> String {
    if let mime = try? data("mimetype"), let s = String(data: mime, encoding: .utf8) {
      if s.hasPrefix("application/vnd.oasis.opendocument.spreadsheet") {
        return "it is an OpenDocument spreadsheet (.ods)"
      }
      if s.hasPrefix("application/vnd.oasis.opendocument") { return "it is an OpenDocument file, not a spreadsheet" }
    }
    if has("word/document.xml") { return "it is a Word document (.docx)" }
    if has("ppt/presentation.xml") { return "it is a PowerPoint presentation (.pptx)" }
    return "the ZIP archive has no xl/workbook.xml"
  }
}
