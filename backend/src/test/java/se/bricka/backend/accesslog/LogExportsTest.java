package se.bricka.backend.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CSV cells of the access-log export: quoted as RFC 4180 says, never run as a formula. */
class LogExportsTest {

    @Test
    void a_cell_a_spreadsheet_would_run_gets_a_leading_apostrophe() {
        assertThat(LogExports.cell("=1+2")).isEqualTo("'=1+2");
        assertThat(LogExports.cell("+SUM(A1)")).isEqualTo("'+SUM(A1)");
        assertThat(LogExports.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(LogExports.cell("@cmd")).isEqualTo("'@cmd");
        assertThat(LogExports.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(LogExports.cell("\r=1")).isEqualTo("\"'\r=1\"");
    }

    @Test
    void a_cell_with_a_comma_quote_or_line_break_is_quoted_with_its_quotes_doubled() {
        assertThat(LogExports.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(LogExports.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(LogExports.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void an_ordinary_cell_is_left_as_it_is() {
        assertThat(LogExports.cell("laundry-a")).isEqualTo("laundry-a");
        assertThat(LogExports.cell("2026-11-25T08:29:00Z")).isEqualTo("2026-11-25T08:29:00Z");
        assertThat(LogExports.cell("")).isEmpty();
    }
}
