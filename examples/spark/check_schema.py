#!/usr/bin/env python3
"""Reads the files of `coopgraph convert NETWORK DIR --to graphframes` with PySpark in local
mode and prints one JSON line: the columns and row counts Spark sees. Used by the test suite
when PySpark is installed (the test is skipped otherwise).

    python3 examples/spark/check_schema.py DIR
"""

import json
import sys

from pyspark.sql import SparkSession


def main():
    directory = sys.argv[1]
    spark = SparkSession.builder.master("local[1]").appName("coopgraph-schema").getOrCreate()
    vertices = spark.read.csv(f"{directory}/vertices.csv", header=True)
    edges = spark.read.csv(f"{directory}/edges.csv", header=True)
    print(json.dumps({
        "vertex_columns": vertices.columns, "edge_columns": edges.columns,
        "vertices": vertices.count(), "edges": edges.count(),
        "dangling": edges.join(vertices, edges.src == vertices.id, "left_anti").count()
        + edges.join(vertices, edges.dst == vertices.id, "left_anti").count(),
    }))
    spark.stop()


if __name__ == "__main__":
    main()
