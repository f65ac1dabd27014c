import CoopGraph

/// The entities an ego diagram draws around its centre.
public struct EgoNeighbourhood: Hashable, Sendable {
  /// The centre, by entity id: the entity asked for, or the organization it is folded into.
  public var center: String
  /// Hop distance from the centre of each entity in the neighbourhood.
  public var distances: [String: Int]
  /// The entities the diagram draws from: those of ``distances`` and, in the organization view
  /// with sub-units folded, their sub-units, whose ties are drawn as their organization's.
  public var members: Set<String>
  /// Whether sub-units are folded into their organization (the drawing collapses parts).
  public var foldsSubUnits: Bool
}

extension Diagram {
  /// The neighbourhood of `center` in the organization view: the organizations within
  /// `radius` hops in its tied graph (``OrganizationView/tiedGraph``), where two
  /// organizations are neighbours when their Newman pair evidence reaches a bilateral tie's
  /// (co-attending a 21-party meeting gives each pair 1/20 of a meeting and makes nobody a
  /// neighbour; an agreement, a membership or a bilateral meeting does). People and
  /// placeholders are no part of it: people count for the organizations they hold roles in.
  ///
  /// - Returns: `nil` when `center` is no organization of the view (a person, a placeholder,
  ///   an excluded entity).
  /// - Complexity: O(units + tied pairs).
  public static func neighbourhood(of center: String, radius: Int, in view: OrganizationView) -> EgoNeighbourhood? {
    let network = view.network
    guard let e = network.index(of: center), let source = view.unitOf[e] else { return nil }
    let unitEntity = view.units[source]
    let distances = view.tiedGraph.hopDistances(from: source)
    var out: [String: Int] = [:]
    var inBall = Set<Int>()
    for (u, d) in distances.enumerated() where d >= 0 && Int(d) <= radius {
      out[network.entities[view.units[u]].id] = Int(d)
      inBall.insert(u)
    }
    var members = Set(out.keys)
    let folds = view.options.subUnits == .fold
    if folds {
      for (i, unit) in view.unitOf.enumerated() {
        if let unit, inBall.contains(unit), network.entities[i].kind != .person { members.insert(network.entities[i].id) }
      }
    }
    return EgoNeighbourhood(center: network.entities[unitEntity].id, distances: out, members: members, foldsSubUnits: folds)
  }
}

extension DiagramSettings {
  /// The ego diagram of `center`: in the organization view (`view` given and the record
  /// names organizations) its neighbourhood there (``Diagram/neighbourhood(of:radius:in:)``)
  /// drawn with people giving way to the organizations they link and sub-units folded as the
  /// view folds them; otherwise everything within `radius` hops in the projected graph
  /// (``Diagram/neighbourhood(of:radius:in:network:)``). The centre is emphasized, tooltips
  /// give each entity's distance, and the legend's title names the centre and the view.
  ///
  /// - Throws: ``DiagramError/invalidOption(_:)`` when `center` is no node of the view or the
  ///   projection; errors of ``OrganizationView`` and ``graph(_:projection:only:context:analysis:configure:)``.
  public func egoGraph(
    _ loaded: NetworkFile.Loaded, projection: Projection, center: String, radius: Int, view: OrganizationView.Options?
  ) throws -> DOTGraph {
    let network = loaded.network
    let name = network[center]?.name ?? center
    let hops = "\(radius) hop\(radius == 1 ? "" : "s")"
    if var options = view, !loaded.isPlainGraph, OrganizationView.applies(to: network) {
      options.adopt(loaded.projected.projection, network: network)
      let organizations = try OrganizationView(network, options: options)
      guard let ego = Diagram.neighbourhood(of: center, radius: radius, in: organizations) else {
        throw DiagramError.invalidOption(
          "'\(center)' is no organization of the organization view (a person or a placeholder); use --view projection")
      }
      var settings = self
      settings.organizationsOnly = true
      var drawing = projection
      if ego.foldsSubUnits { drawing.partOf = .collapse }
      let centerName = network[ego.center]?.name ?? ego.center
      return try settings.graph(loaded, projection: drawing, only: ego.members) { style in
        style.emphasized = [ego.center]
        style.distances = ego.distances
        if style.title == nil { style.title = "\(centerName): \(hops), organization view" }
      }
    }
    guard let distances = Diagram.neighbourhood(of: center, radius: radius, in: loaded.projected, network: network) else {
      throw DiagramError.invalidOption("'\(center)' is not a node of the projected graph (check --nodes and --collapse-parts)")
    }
    return try graph(loaded, projection: projection, only: Set(distances.keys)) { style in
      style.emphasized = [center]
      style.distances = distances
      if style.title == nil { style.title = "\(name): \(hops)" }
    }
  }
}
