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
  var rules = projection?.projection(directed: input.directed) ?? .default
  let excluded = rules.excludedEntities.sorted()
  rules.excludedEntities = []
  var loaded = try NetworkFile.load(path: input.file, directed: input.directed, projection: rules)
  if !excluded.isEmpty, !loaded.isPlainGraph {
    // --exclude names entities by id, name or alias.
    rules.excludedEntities = Set(try resolveEntities(excluded, in: loaded.network, option: "--exclude"))
    rules.directed = loaded.graph.isDirected
    loaded.projected = try loaded.network.project(rules)
  }
  for warning in loaded.warnings {
    FileHandle.standardError.write(Data("\(warning)\n".utf8))
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
