package dev.brickoptima.core.pg;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How plans' names find the catalog's tables, indexes and column statistics: case-insensitively, by schema when known. */
class PgCatalogTest {
    private static final PgCatalog.Table SALES_ORDERS = new PgCatalog.Table("sales", "orders", 1000, 10, 1, 2);
    private static final PgCatalog.Table ARCHIVE_ORDERS = new PgCatalog.Table("archive", "orders", 0, 1, 0, 0);
    private static final PgCatalog.Table ITEMS = new PgCatalog.Table(null, "Items", -1, 0, Double.NaN, Double.NaN);

    private static PgCatalog.Index index(String schema, String table, String name) {
        return new PgCatalog.Index(schema, table, name, List.of("a"), false, false, false, 0, 8192, "btree", null, "def");
    }

    private static final PgCatalog CATALOG = new PgCatalog(List.of(SALES_ORDERS, ARCHIVE_ORDERS, ITEMS),
        List.of(index("sales", "orders", "s_idx"), index("archive", "ORDERS", "a_idx"), index(null, "orders", "any_idx"),
            index(null, "items", "items_idx")),
        List.of(new PgCatalog.Column("sales", "orders", "status", 4, 0), new PgCatalog.Column("archive", "orders", "status", 9, 0),
            new PgCatalog.Column("sales", "orders", "customer_id", -0.25, 0), new PgCatalog.Column(null, "orders", "note", -0.5, 0),
            new PgCatalog.Column(null, "items", "sku", -1, 0)),
        "since the server started");

    @Test
    void tablesByNameAndSchema() {
        assertThat(CATALOG.table("sales", "ORDERS")).isSameAs(SALES_ORDERS);
        assertThat(CATALOG.table("Archive", "orders")).isSameAs(ARCHIVE_ORDERS);
        // without a schema the name is ambiguous across schemas
        assertThat(CATALOG.table(null, "orders")).isNull();
        assertThat(CATALOG.table("public", "items")).isSameAs(ITEMS);
        assertThat(CATALOG.table(null, "items")).isSameAs(ITEMS);
        assertThat(CATALOG.table("sales", null)).isNull();
        assertThat(CATALOG.table("sales", "customers")).isNull();
        assertThat(SALES_ORDERS.qualified()).isEqualTo("sales.orders");
        assertThat(ITEMS.qualified()).isEqualTo("Items");
        assertThat(CATALOG.isEmpty()).isFalse();
        assertThat(PgCatalog.EMPTY.isEmpty()).isTrue();
        assertThat(new PgCatalog(List.of(), List.of(), List.of(new PgCatalog.Column(null, "t", "c", 1, 0)), null).isEmpty()).isFalse();
        assertThat(new PgCatalog(List.of(), List.of(index(null, "t", "i")), List.of(), null).isEmpty()).isFalse();
        assertThat(new PgCatalog(List.of(ITEMS), List.of(), List.of(), null).isEmpty()).isFalse();
        assertThat(CATALOG.tables()).containsExactly(SALES_ORDERS, ARCHIVE_ORDERS, ITEMS);
        assertThat(CATALOG.columns()).hasSize(5);
        assertThat(CATALOG.statsResetNote()).isEqualTo("since the server started");
    }

    @Test
    void indexesOfATableAndByName() {
        assertThat(CATALOG.indexesOf(SALES_ORDERS)).extracting(PgCatalog.Index::name).containsExactly("s_idx", "any_idx");
        assertThat(CATALOG.indexesOf(ARCHIVE_ORDERS)).extracting(PgCatalog.Index::name).containsExactly("a_idx", "any_idx");
        assertThat(CATALOG.indexesOf(ITEMS)).extracting(PgCatalog.Index::name).containsExactly("items_idx");
        assertThat(CATALOG.indexesOf(null)).isEmpty();
        assertThat(CATALOG.index("A_IDX").qualifiedName()).isEqualTo("archive.a_idx");
        assertThat(CATALOG.index("items_idx").qualifiedName()).isEqualTo("items_idx");
        assertThat(CATALOG.index("nope")).isNull();
        assertThat(CATALOG.index(null)).isNull();
        assertThat(CATALOG.indexesByTable().keySet()).containsExactly("sales.orders", "archive.orders", "orders", "items");
    }

    @Test
    void distinctValuesAbsoluteOrAsAShareOfTheRows() {
        assertThat(CATALOG.distinctValues(SALES_ORDERS, "STATUS")).isEqualTo(4);
        assertThat(CATALOG.distinctValues(ARCHIVE_ORDERS, "status")).isEqualTo(9);
        // negative: a fraction of the table's rows
        assertThat(CATALOG.distinctValues(SALES_ORDERS, "customer_id")).isEqualTo(250);
        assertThat(CATALOG.distinctValues(SALES_ORDERS, "note")).isEqualTo(500);
        // ... unknown when the table's row count is (never analysed: -1) or empty
        assertThat(CATALOG.distinctValues(ITEMS, "sku")).isNaN();
        assertThat(CATALOG.distinctValues(ARCHIVE_ORDERS, "note")).isNaN();
        assertThat(CATALOG.distinctValues(SALES_ORDERS, "missing")).isNaN();
        assertThat(CATALOG.distinctValues(null, "status")).isNaN();
        assertThat(CATALOG.distinctValues(SALES_ORDERS, null)).isNaN();
        PgCatalog zero = new PgCatalog(List.of(), List.of(), List.of(new PgCatalog.Column(null, "t", "c", 0, 0)), null);
        assertThat(zero.distinctValues(new PgCatalog.Table(null, "t", 10, 1, 0, 0), "c")).isZero();
    }
}
