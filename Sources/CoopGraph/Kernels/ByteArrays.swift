import Foundation

/// Flat arrays to and from raw bytes, for the binary graph cache (``BinaryGraph``): the bytes
/// of an array are its elements in the machine's (little-endian) order.
enum ByteArrays {
  /// Appends the elements' bytes to `data`, then zeros up to a multiple of 8 bytes.
  static func append<T: BitwiseCopyable>(_ array: [T], to data: inout Data) {
    array.withUnsafeBytes { data.append(contentsOf: $0) }
    let pad = (8 - data.count % 8) % 8
    if pad > 0 { data.append(contentsOf: [UInt8](repeating: 0, count: pad)) }
  }

  /// `count` elements read from `data` at byte `offset` (copied out of the mapping).
  /// - Returns: `nil` when the bytes run past the end of `data`.
  static func read<T: BitwiseCopyable>(_ type: T.Type, from data: Data, at offset: Int, count: Int) -> [T]? {
    let size = count * MemoryLayout<T>.stride
    guard offset >= 0, count >= 0, offset + size <= data.count else { return nil }
    return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      data.withUnsafeBytes { raw in
        let source = UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + size)])
        UnsafeMutableRawBufferPointer(buffer).copyMemory(from: source)
      }
      initialized = count
    }
  }

  /// The length of `size` bytes rounded up to a multiple of 8.
  static func padded(_ size: Int) -> Int { (size + 7) / 8 * 8 }
}
