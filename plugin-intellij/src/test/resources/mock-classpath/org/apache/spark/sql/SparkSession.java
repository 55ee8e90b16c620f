package org.apache.spark.sql;

public class SparkSession {
    public Dataset<Row> sql(String sqlText) { return null; }
    public Dataset<Row> sql(String sqlText, Object args) { return null; }
    public Dataset<Row> table(String name) { return null; }
}
