import Dispatch
import Foundation

/// How many threads parallel algorithms use.
public enum Parallelism {
  /// The number of active processors.
  public static var available: Int { ProcessInfo.processInfo.activeProcessorCount }

  /// Runs `body(worker, range)` for `threads` contiguous chunks of `0..<count` at once and
  /// waits for all. `worker` is in `0..<threads`, so a caller can give each worker its own
  /// buffers. With one thread (or a small `count`) the body runs on the calling thread.
  ///
  /// Results that are summed must be combined by the caller in worker order, so that the
  /// answer does not depend on scheduling.
  public static func forEachChunk(
    count: Int, threads: Int, _ body: @Sendable (_ worker: Int, _ range: Range<Int>) -> Void
  ) {
    let t = Swift.max(1, Swift.min(threads, count))
    if t == 1 {
      body(0, 0..<count)
      return
    }
    DispatchQueue.concurrentPerform(iterations: t) { w in
      let lo = count * w / t
      let hi = count * (w + 1) / t
      body(w, lo..<hi)
    }
  }
}
