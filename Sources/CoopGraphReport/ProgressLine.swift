import CoopGraph
import Foundation

/// Progress of long work on stderr, for people: `betweenness: 42% (420/1000)`, rewritten in
/// place and erased when the step ends.
///
/// It prints nothing unless enabled (see `coopgraph`'s `--quiet`: stderr is a terminal
/// and `--quiet` is not given), so piped and scripted runs see clean stderr. Updates may come
/// from several threads (parallel algorithms report from their workers); they are serialized
/// and at most ten are written per second.
///
/// ```swift
/// let progress = options.progress()
/// let scores = try CentralityMeasure.compute(.betweenness, on: g, options: opts(progress.reporter("betweenness")))
/// progress.done()
/// ```
public final class ProgressLine: Sendable {
  /// Whether anything is written.
  public let enabled: Bool
  /// Whether updates are written as lines (for a log) rather than rewritten in place.
  public let lines: Bool
  private struct State {
    var label = ""
    var lastWrite: UInt64 = 0
    var lastLine: UInt64 = 0
    var shown = false
  }
  private let state = Locked(State())

  public init(enabled: Bool, lines: Bool = false) {
    self.enabled = enabled
    self.lines = lines
  }

  /// Whether file descriptor 2 is a terminal.
  public static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

  /// Starts a step without a known size: shows `label…` until ``done()`` or the next step.
  public func step(_ label: String) {
    guard enabled else { return }
    state.withLock { s in
      s.label = label
      s.lastWrite = 0
      write("\(label)…", &s)
    }
  }

  /// Reports `completed` of `total` units of the current step (thread-safe, throttled). A
  /// `total` of 0 starts a step of unknown size (`label…`).
  public func update(_ label: String, completed: Int, total: Int) {
    guard enabled else { return }
    let now = DispatchTime.now().uptimeNanoseconds
    state.withLock { s in
      if label != s.label {
        s.label = label
        s.lastWrite = 0
      }
      if total <= 0 {
        s.lastWrite = now
        write("\(label)…", &s)
        return
      }
      guard completed >= total || now &- s.lastWrite >= 100_000_000 else { return }
      s.lastWrite = now
      let percent = min(100, completed * 100 / total)
      write("\(label): \(percent)% (\(completed)/\(total))", &s)
    }
  }

  /// A callback for library functions that take `progress: (completed, total)`.
  public func reporter(_ label: String) -> (@Sendable (Int, Int) -> Void)? {
    guard enabled else { return nil }
    step(label)
    return { [self] completed, total in update(label, completed: completed, total: total) }
  }

  /// Erases the progress line.
  public func done() {
    guard enabled else { return }
    state.withLock { s in
      if s.shown {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        s.shown = false
      }
      s.label = ""
    }
  }

  private func write(_ text: String, _ s: inout State) {
    if lines {
      // At most one line a second in a log; every new step gets its line.
      let now = DispatchTime.now().uptimeNanoseconds
      guard text.hasSuffix("…") || now &- s.lastLine >= 1_000_000_000 else { return }
      s.lastLine = now
      FileHandle.standardError.write(Data("\(text)\n".utf8))
      return
    }
    FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
    s.shown = true
  }
}
