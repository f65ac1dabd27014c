import Testing

@testable import CoopGraph

@Suite struct EdgeListTests {
  @Test func readsLabelsInOrderOfFirstAppearance() throws {
    let g = try EdgeList.parse("# comment\n10 2\n2 abc\n\n% konect comment\nabc 10\t\n")
    #expect(g.ids == ["10", "2", "abc"])
    #expect(g.edgeCount == 3)
    #expect(!g.isWeighted)
  }

  @Test func readsWeightsAndCRLF() throws {
    let g = try EdgeList.parse("a b 2.5\r\nb c 1\r\n")
    #expect(g.isWeighted)
    #expect(g.weight(at: g.arcIndex(from: 0, to: 1)!) == 2.5)
  }

  @Test func leadingZerosAreDistinctLabels() throws {
    let g = try EdgeList.parse("007 7\n")
    #expect(g.ids == ["007", "7"])
  }

  @Test func oneFieldIsAnErrorWithLocation() throws {
    #expect {
      _ = try EdgeList.parse("a b\n  c\n", file: "x.edges")
    } throws: { error in
      (error as? InputError)?.description == "x.edges:2:3: error: expected 'source target [weight]', found one field"
    }
  }

  @Test func tooManyFieldsIsAnError() throws {
    #expect {
      _ = try EdgeList.parse("a b 1 extra\n", file: "x.edges")
    } throws: { error in
      (error as? InputError)?.description == "x.edges:1:7: error: expected 'source target [weight]', found 4 fields"
    }
  }

  @Test(arguments: [("a b x\n", "x.edges:1:5: error: weight 'x' is not a number"),
                    ("a b -1\n", "x.edges:1:5: error: weight -1 must be finite and greater than 0"),
                    ("a b 0\n", "x.edges:1:5: error: weight 0 must be finite and greater than 0"),
                    ("a b inf\n", "x.edges:1:5: error: weight inf must be finite and greater than 0")])
  func badWeights(text: String, message: String) throws {
    #expect {
      _ = try EdgeList.parse(text, file: "x.edges")
    } throws: { error in
      (error as? InputError)?.description == message
    }
  }

  @Test func writeThenReadIsTheSameGraph() throws {
    let g = try EdgeList.parse("a b 2\nb c 0.5\nc a 1\n", directed: true)
    let again = try EdgeList.parse(EdgeList.write(g), directed: true)
    #expect(again.ids == g.ids)
    #expect(again.offsets == g.offsets)
    #expect(again.targets == g.targets)
    #expect(again.weights == g.weights)
  }
}
