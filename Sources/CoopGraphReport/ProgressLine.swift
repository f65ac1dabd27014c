import CoopGraph
import Foundation

/// Progress of long work on stderr, for people: `betweenness: 42% (420/1000)`, rewritten in
/// place and erased when the step ends.
///
/// It prints nothing unless enabled (see `coopgraph`'s `--quiet`: stderr is a terminal
/// and `--quiet` is not given), so piped and scripted runs see clean stderr. With `lines`
/// (`--progress` when stderr is not a terminal) every update is a line of its own, at most one
/// a second per step, and nothing is erased: logs of batch jobs show how far a run got. Updates may come
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
      let interval: UInt64 = lines ? 1_000_000_000 : 100_000_000
      guard completed >= total || s.lastWrite == 0 || now &- s.lastWrite >= interval else { return }
      s.lastWrite = now
      let percent = min(100, completed * 100 / total)
      write("\(label): \(percent)% (\(completed)/\(total))", &s)
    }
  }

  /// Reports a message about the current step (`leiden: iteration 3, modularity 0.5570`),
  /// never throttled: callers send one per iteration or level.
  public func note(_ label: String, _ message: String) {
    guard enabled else { return }
    state.withLock { s in
      s.label = label
      s.lastWrite = DispatchTime.now().uptimeNanoseconds
      write("\(label): \(message)", &s)
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
      if s.shown && !lines {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        s.shown = false
      }
      s.label = ""
    }
  }

  private func write(_ text: String, _ s: inout State) {
    if lines {
      // A log gets whole lines (``update`` sends at most one a second).
      FileHandle.standardError.write(Data("\(text)\n".utf8))
      return
    }
    FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
    s.shown = true
  }
}
