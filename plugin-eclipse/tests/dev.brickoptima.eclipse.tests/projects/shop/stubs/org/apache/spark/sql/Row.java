package org.apache.spark.sql;

/** Stand-in for Spark's Row. */
public interface Row {
    Object get(int i);
}
