import ArgumentParser
import CoopGraph
import CoopGraphviz
import Foundation

/// Reads the input file of any command: DOT (`.gv`, `.dot`) through Graphviz's parser, every
/// other format through `NetworkFile.load`. DOT warnings go to stderr.
///
/// - Parameters:
///   - input: the file and `--directed`.
///   - projection: the projection options; `nil` for the default projection.
/// - Throws: `InputError` for unreadable or invalid files, `ProjectionError` for bad options.
func loadInput(_ input: InputOptions, _ projection: ProjectionOptions? = nil) throws -> NetworkFile.Loaded {
  DOTImport.register()
  let rules = projection?.projection(directed: input.directed) ?? .default
  let loaded = try NetworkFile.load(
    path: input.file, directed: input.directed, projection: rules, time: projection?.time.filter(), sheets: input.sheets())
  for warning in loaded.warnings {
    FileHandle.standardError.write(Data(VisibleText.of("\(warning)\n").utf8))
  }
  if let time = loaded.time {
    FileHandle.standardError.write(Data("note: \(time.summary)\n".utf8))
  }
  return loaded
}

/// The ids of the entities a user named (ids, names or aliases; see
/// `Network.resolveEntity`), as a usage error naming the option when one matches nothing.
func resolveEntities(_ queries: [String], in network: Network, option: String) throws -> [String] {
  do {
    return try network.resolveEntities(queries)
  } catch let error as EntityLookupError {
    throw ValidationError("\(option): \(error)")
  }
}
