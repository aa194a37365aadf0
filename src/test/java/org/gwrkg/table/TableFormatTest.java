package org.gwrkg.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableFormatTest {

    private static final Table TABLE = new Table(List.of("region", "sentence", "value"), List.of(
            List.of("龙岗区", "增长5.8%，位居全市前列", "5.8"),
            List.of("郏县", "他说\"好\",\n然后", ""),
            List.of("郫都区", "a\tb", "6.8")));

    @Test
    void csvQuotesAsRfc4180() {
        assertEquals("region,sentence,value\r\n"
                + "龙岗区,增长5.8%，位居全市前列,5.8\r\n"
                + "郏县,\"他说\"\"好\"\",\n然后\",\r\n"
                + "郫都区,a\tb,6.8\r\n", write(TableFormat.CSV));
    }

    @Test
    void tsvCannotEscapeSoItFlattens() {
        assertEquals("region\tsentence\tvalue\n"
                + "龙岗区\t增长5.8%，位居全市前列\t5.8\n"
                + "郏县\t他说\"好\", 然后\t\n"
                + "郫都区\ta b\t6.8\n", write(TableFormat.TSV));
    }

    @Test
    void textAlignsChineseAsTwoColumnsWide() {
        String[] lines = write(TableFormat.TEXT).split("\n");
        assertEquals("region  sentence" + " ".repeat(16) + "value", lines[0], "增长5.8%，位居全市前列 is 22 columns wide");
        assertEquals("龙岗区  增长5.8%，位居全市前列  5.8", lines[1]);
        assertEquals(TableFormat.displayWidth(lines[0].substring(0, lines[0].indexOf("value"))),
                TableFormat.displayWidth(lines[1].substring(0, lines[1].lastIndexOf("5.8"))), "the last column starts at one place");
    }

    @Test
    void namesAndRows() {
        assertEquals(TableFormat.CSV, TableFormat.of(" CSV "));
        assertEquals(TableFormat.TEXT, TableFormat.of("table"));
        assertNull(TableFormat.of("xlsx"));
        assertThrows(IllegalArgumentException.class, () -> new Table(List.of("a", "b"), List.of(List.of("1"))));
        assertEquals("郏县", TABLE.cell(1, "region"));
    }

    private static String write(TableFormat f) {
        StringWriter s = new StringWriter();
        f.write(TABLE, new PrintWriter(s));
        return s.toString();
    }
}
