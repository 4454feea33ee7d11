package se.bricka.backend.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every row of every table, as text: two equal contents mean a request changed nothing. */
public final class DatabaseContent {

    private DatabaseContent() {}

    /** Table name to its rows, each row its columns joined, rows sorted. */
    public static Map<String, List<String>> of(TestDatabase database) {
        Map<String, List<String>> content = new TreeMap<>();
        try (Connection connection = database.connect()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet table =
                    connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (table.next()) {
                    tables.add(table.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                content.put(table.toLowerCase(java.util.Locale.ROOT), rowsOf(connection, table));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database content", e);
        }
        return content;
    }

    private static List<String> rowsOf(Connection connection, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
            int columns = row.getMetaData().getColumnCount();
            while (row.next()) {
                StringBuilder text = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    Object value = row.getObject(i);
                    text.append(
                                    value instanceof byte[] bytes
                                            ? java.util.HexFormat.of().formatHex(bytes)
                                            : value)
                            .append('|');
                }
                rows.add(text.toString());
            }
        }
        rows.sort(null);
        return rows;
    }
}
