#!/usr/bin/env python3
"""PageRank, connected components and label propagation on a network exported by

    coopgraph convert NETWORK DIR --to graphframes

with PySpark and GraphFrames. Run locally (the package version must match your Spark):

    spark-submit --packages graphframes:graphframes:0.8.3-spark3.5-s_2.12 \
        examples/spark/graphframes_job.py DIR OUT

or on a cluster with DIR and OUT on shared storage (HDFS, S3). Writes OUT/pagerank,
OUT/components and OUT/communities as CSV (one row per vertex). See docs/scale.md.

Tie vertices (type = "tie", the record's ties of three or more parties) take part as vertices
of the bipartite view; filter them out of the results with `type = 'entity'` where only
organizations and people matter.
"""

import sys

from pyspark.sql import SparkSession


def load(spark, directory):
    """The GraphFrame of DIR/vertices.csv and DIR/edges.csv (`id`; `src`, `dst`)."""
    from graphframes import GraphFrame

    vertices = spark.read.csv(f"{directory}/vertices.csv", header=True, inferSchema=False)
    edges = spark.read.csv(f"{directory}/edges.csv", header=True, inferSchema=False)
    edges = edges.withColumn("strength", edges["strength"].cast("double"))
    return GraphFrame(vertices, edges)


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: graphframes_job.py DIR OUT")
    directory, out = sys.argv[1], sys.argv[2]
    spark = SparkSession.builder.appName("coopgraph-graphframes").getOrCreate()
    spark.sparkContext.setCheckpointDir(f"{out}/checkpoints")
    g = load(spark, directory)

    # PageRank: GraphFrames follows the edges' direction; the export writes each tie once, so
    # for the undirected PageRank of `coopgraph centrality --measure pagerank` add the reverse.
    from graphframes import GraphFrame
    both = g.edges.unionByName(
        g.edges.selectExpr("dst as src", "src as dst", "relationship", "kind", "strength", "label", "date"))
    undirected = GraphFrame(g.vertices, both)
    ranks = undirected.pageRank(resetProbability=0.15, maxIter=50)
    ranks.vertices.select("id", "type", "name", "pagerank").write.mode("overwrite").csv(
        f"{out}/pagerank", header=True)

    components = g.connectedComponents()
    components.select("id", "type", "component").write.mode("overwrite").csv(
        f"{out}/components", header=True)

    communities = undirected.labelPropagation(maxIter=10)
    communities.select("id", "type", "label").write.mode("overwrite").csv(
        f"{out}/communities", header=True)
    spark.stop()


if __name__ == "__main__":
    main()
