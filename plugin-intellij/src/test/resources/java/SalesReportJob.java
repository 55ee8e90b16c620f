package com.example.jobs;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

public class SalesReportJob {
    static final String DAILY =
        "SELECT region, sum(amount) AS total FROM sales WHERE day = current_date() GROUP BY region";
    static final String RAW = "SELECT * FROM sales_raw";

    private final SparkSession spark;

    SalesReportJob(SparkSession spark) {
        this.spark = spark;
    }

    Dataset<Row> daily() {
        return spark.sql(DAILY);
    }

    Dataset<Row> raw() {
        return spark.sql(RAW);
    }

    Dataset<Row> forRegion(String region) {
        return spark.sql("SELECT region, amount FROM sales WHERE region = '" + region + "'");
    }

    Dataset<Row> topCustomers(int limit) {
        return spark.sql("SELECT customer_id, sum(amount) AS total FROM sales GROUP BY customer_id ORDER BY total DESC LIMIT " + limit);
    }

    void log() {
        System.out.println("Select a file from the list");
    }
}
