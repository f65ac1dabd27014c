import CoopGraph
import Foundation

/// The files of a report: `report.html` alone, or a folder with `diagram.svg`,
/// `report.html` and `analysis.json` (`analyze -o`).
public struct ReportFiles: Sendable {
  public var analysis: Analysis
  /// The diagram as SVG text, if one was drawn.
  public var svg: String?
  /// How the diagram was drawn, shown under it.
  public var note: String?
  /// The program and version named in the page.
  public var generator: String
  /// The record period by period, for the page's Timeline section (shown when it has more
  /// than one period).
  public var timeline: Timeline?

  public init(analysis: Analysis, svg: String?, note: String?, generator: String, timeline: Timeline? = nil) {
    self.analysis = analysis
    self.svg = svg
    self.note = note
    self.generator = generator
    self.timeline = timeline
  }

  /// The report page.
  public var html: String {
    ReportHTML.render(analysis, svg: svg, diagramNote: note, generator: generator, timeline: timeline)
  }

  /// Writes `diagram.svg` (when there is a diagram), `report.html` and `analysis.json` into
  /// `folder`, creating it if missing; each file atomically, and all or none (a file this call
  /// created is removed again when a later one cannot be written).
  /// - Throws: ``InputError`` when `folder` is a file or cannot be created.
  public func write(toFolder folder: String) throws {
    var isDir: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder, isDirectory: &isDir) {
      guard isDir.boolValue else { throw InputError(at: nil, "\(folder): exists and is not a folder") }
    } else {
      do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      } catch {
        throw InputError(at: nil, "\(folder): cannot create the folder: \(error.localizedDescription)")
      }
    }
    let base = URL(fileURLWithPath: folder)
    var files: [(name: String, text: String)] = []
    if let svg { files.append(("diagram.svg", svg)) }
    files.append(("report.html", html))
    files.append(("analysis.json", analysis.json().serialized() + "\n"))
    // All or nothing: a file this call created is removed again when a later one fails.
    var created: [String] = []
    do {
      for file in files {
        let path = base.appendingPathComponent(file.name).path
        let existed = FileManager.default.fileExists(atPath: path)
        try FileIO.write(file.text, to: path)
        if !existed { created.append(path) }
      }
    } catch {
      for path in created { try? FileManager.default.removeItem(atPath: path) }
      throw error
    }
  }
}
