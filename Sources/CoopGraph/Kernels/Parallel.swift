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

  /// Runs `body(range)` for `threads` contiguous chunks of `0..<count` at once and returns
  /// each chunk's result in chunk order, so that a caller combining them gets the same answer
  /// whatever the scheduling. With one thread the body runs once on the calling thread.
  public static func mapChunks<T: Sendable>(
    count: Int, threads: Int, _ body: @Sendable (_ range: Range<Int>) -> T
  ) -> [T] {
    let t = Swift.max(1, Swift.min(threads, count))
    if t == 1 { return [body(0..<count)] }
    let results = MutableArrayView<T?>.allocate(count: t, repeating: nil)
    defer { results.deallocate() }
    forEachChunk(count: count, threads: t) { worker, range in results[worker] = body(range) }
    return results.array.map { $0! }
  }
}
