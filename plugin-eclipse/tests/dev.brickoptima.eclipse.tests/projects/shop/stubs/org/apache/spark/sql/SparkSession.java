package org.apache.spark.sql;

/** Stand-in for Spark's API with the signatures the sample job calls (the real jar is not on this classpath). */
public class SparkSession {
    public Dataset<Row> sql(String sqlText) {
        return null;
    }

    public Dataset<Row> sql(String sqlText, Object[] args) {
        return null;
    }

    public Dataset<Row> table(String tableName) {
        return null;
    }
}
