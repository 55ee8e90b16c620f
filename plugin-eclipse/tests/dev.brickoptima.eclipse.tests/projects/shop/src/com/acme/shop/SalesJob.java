package com.acme.shop;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Nightly Spark job: revenue per region. */
public class SalesJob {
    private final SparkSession spark;

    public SalesJob(SparkSession spark) {
        this.spark = spark;
    }

    public Dataset<Row> revenueByRegion() {
        return spark.sql("""
            SELECT region, SUM(amount) AS revenue
            FROM sales
            WHERE sale_date = NULL
            GROUP BY region
            """);
    }

    public Dataset<Row> regionSales(String region) {
        return spark.sql("SELECT * FROM sales WHERE region = '" + region + "'");
    }

    public String describe() {
        return "Select a region from the list to see its sales";
    }
}
