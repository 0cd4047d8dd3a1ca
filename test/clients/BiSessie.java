// test/clients/BiSessie.java: a BI tool's session through JDBC.  A BI tool
// writes fully qualified names (wlz.termijn, wlz.termijnkalender) and leaves
// the search_path alone.  PostgreSQL looks operators up through the
// search_path like functions, and the operators of wlz.termijn live in schema
// wlz, so =, <, IN, BETWEEN and joins on wlz.termijn fail with 42883
// ("operator does not exist: wlz.termijn = wlz.termijn") in such a session,
// while ORDER BY, GROUP BY and DISTINCT work (they use the type's default
// operator classes).  What makes them work, as README "BI tools and drivers"
// describes it:
//
//   OPERATOR(wlz.=)                          in hand-written SQL, any path
//   ALTER ROLE ... SET search_path           for every session of that role
//   ALTER ROLE ... IN DATABASE ... SET ...   the same, in one database
//   ALTER DATABASE ... SET search_path       for every session in that database
//   currentSchema=public,wlz                 pgjdbc's connection property
//   options=-c search_path=public,wlz        libpq's and pgjdbc's options
//
// Each way runs the same five queries, and their answers are compared with
// those of a comparison on the text form (the output of wlz.termijn is
// canonical, so two terms are equal exactly when their texts are).
//
// Run by bi_sessie.t, which makes the database, the table bi_termijn and the
// roles; prints TAP.
//
//   java -cp /usr/share/java/postgresql.jar BiSessie.java <database>
import java.sql.*;
import java.util.*;

public class BiSessie {
	static int n = 0, failed = 0;

	static void ok(boolean good, String what) {
		n++;
		if (!good) failed++;
		System.out.println((good ? "ok " : "not ok ") + n + " - " + what);
	}

	static void is(Object got, Object want, String what) {
		boolean good = Objects.equals(got, want);
		ok(good, what);
		if (!good) {
			System.out.println("#      got: " + got);
			System.out.println("# expected: " + want);
		}
	}

	static void diag(String s) {
		for (String l : s.split("\n")) System.out.println("# " + l);
	}

	static String db;

	static Connection connect(String user, String password, String extra) throws SQLException {
		String url = "jdbc:postgresql://" + System.getenv("PGHOST") + ":" + System.getenv("PGPORT") + "/" + db
			+ "?prepareThreshold=-1&binaryTransfer=true" + extra;
		return DriverManager.getConnection(url, user, password);
	}

	/** The rows of a query, each as its columns joined with a space; or the SQLSTATE it raised. */
	static List<String> rows(Connection c, String sql) {
		List<String> out = new ArrayList<>();
		try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
			int cols = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				StringBuilder b = new StringBuilder();
				for (int i = 1; i <= cols; i++) b.append(i > 1 ? " " : "").append(rs.getString(i));
				out.add(b.toString());
			}
		} catch (SQLException e) {
			out.add("SQLSTATE " + e.getSQLState());
		}
		return out;
	}

	// What a BI tool writes: qualified names, operators by their plain name.
	static final String[][] QUERIES = {
		{"=", "SELECT id FROM public.bi_termijn WHERE termijn = '20 kalenderdagen'::wlz.termijn ORDER BY id"},
		{"<", "SELECT id FROM public.bi_termijn WHERE termijn < '1 week'::wlz.termijn ORDER BY id"},
		{"IN", "SELECT id FROM public.bi_termijn WHERE termijn IN ('5 werkdagen'::wlz.termijn, '1 week'::wlz.termijn) ORDER BY id"},
		{"BETWEEN", "SELECT id FROM public.bi_termijn WHERE termijn BETWEEN '10 kalenderdagen'::wlz.termijn AND '20 kalenderdagen'::wlz.termijn ORDER BY id"},
		{"a join", "SELECT b.id, k.stap FROM public.bi_termijn b JOIN wlz.termijnkalender k ON k.termijn = b.termijn "
			+ "WHERE k.zorgkantoor = 'cz' AND k.inkoopjaar = 2026 ORDER BY b.id, k.stap"},
	};

	// The answers, without any operator of wlz: for =, IN and the join from
	// the text form; for < and BETWEEN from README's order (unit first:
	// kalenderdagen, werkdagen, weken, maanden, jaren, uren; then amount) over
	// the rows of bi_sessie.t: 1 '5 werkdagen', 2 '10 kalenderdagen',
	// 3 '20 kalenderdagen', 4 '30 kalenderdagen', 5 '1 week', 6 '24 uur',
	// 7 '7 kalenderdagen', 8 '7 dagen' (the same term).
	static final String[] EXPECTED = {
		"SELECT id FROM public.bi_termijn WHERE termijn::text = '20 kalenderdagen' ORDER BY id",
		"1 2 3 4 7 8",
		"SELECT id FROM public.bi_termijn WHERE termijn::text IN ('5 werkdagen', '1 week') ORDER BY id",
		"2 3",
		"SELECT b.id, k.stap FROM public.bi_termijn b JOIN wlz.termijnkalender k ON k.termijn::text = b.termijn::text "
			+ "WHERE k.zorgkantoor = 'cz' AND k.inkoopjaar = 2026 ORDER BY b.id, k.stap",
	};

	static List<String> expected(Connection c, int i) {
		return EXPECTED[i].startsWith("SELECT") ? rows(c, EXPECTED[i]) : Arrays.asList(EXPECTED[i].split(" "));
	}

	static void runAll(Connection c, String how) {
		for (int i = 0; i < QUERIES.length; i++) {
			List<String> want = expected(c, i);
			List<String> got = rows(c, QUERIES[i][1]);
			is(got, want, how + ": " + QUERIES[i][0] + " on wlz.termijn gives " + want);
		}
	}

	static String searchPath(Connection c) {
		return rows(c, "SHOW search_path").get(0);
	}

	public static void main(String[] args) {
		db = args[0];
		try {
			run();
		} catch (Throwable e) {
			ok(false, "BiSessie.java ran to the end");
			java.io.StringWriter w = new java.io.StringWriter();
			e.printStackTrace(new java.io.PrintWriter(w));
			diag(w.toString());
		}
		System.out.println("1.." + n);
		System.exit(failed == 0 ? 0 : 1);
	}

	static void run() throws Exception {
		String pw = "bi-wachtwoord";
		// -------------------------------------------------------------------
		// The BI tool's session as it is: the default search_path
		try (Connection c = connect("wlz_bi", pw, "")) {
			is(searchPath(c), "\"$user\", public", "the BI role's session has the default search_path");
			for (int i = 0; i < QUERIES.length; i++)
				is(rows(c, QUERIES[i][1]), List.of("SQLSTATE 42883"),
					"without wlz on the path " + QUERIES[i][0] + " on wlz.termijn fails: 42883, operator does not exist");
			// the expected answers are not empty, so the checks below say something
			List<String> sizes = new ArrayList<>();
			for (int i = 0; i < EXPECTED.length; i++) sizes.add(String.valueOf(expected(c, i).size()));
			ok(sizes.subList(0, 4).equals(List.of("1", "6", "2", "2")) && !sizes.get(4).equals("0"),
				"the answers these queries must give are not empty: " + String.join(", ", sizes) + " rows");
			is(rows(c, "SELECT termijn FROM public.bi_termijn ORDER BY termijn"),
				List.of("7 kalenderdagen", "7 kalenderdagen", "10 kalenderdagen", "20 kalenderdagen", "30 kalenderdagen", "5 werkdagen", "1 week", "24 uur"),
				"without wlz on the path ORDER BY wlz.termijn works (the default btree operator class)");
			is(rows(c, "SELECT termijn, count(*) FROM public.bi_termijn GROUP BY termijn ORDER BY termijn"),
				List.of("7 kalenderdagen 2", "10 kalenderdagen 1", "20 kalenderdagen 1", "30 kalenderdagen 1", "5 werkdagen 1", "1 week 1", "24 uur 1"),
				"without wlz on the path GROUP BY on wlz.termijn works too (the default hash or btree operator class)");
			is(rows(c, "SELECT DISTINCT termijn FROM public.bi_termijn ORDER BY termijn").size(), 7,
				"without wlz on the path DISTINCT on wlz.termijn works (7 kalenderdagen and 7 dagen are one term)");

			// OPERATOR(wlz.=): hand-written SQL that works under any path
			String[] qualified = {
				"SELECT id FROM public.bi_termijn WHERE termijn OPERATOR(wlz.=) '20 kalenderdagen'::wlz.termijn ORDER BY id",
				"SELECT id FROM public.bi_termijn WHERE termijn OPERATOR(wlz.<) '1 week'::wlz.termijn ORDER BY id",
				"SELECT id FROM public.bi_termijn WHERE termijn OPERATOR(wlz.=) ANY (ARRAY['5 werkdagen', '1 week']::wlz.termijn[]) ORDER BY id",
				"SELECT id FROM public.bi_termijn WHERE termijn OPERATOR(wlz.>=) '10 kalenderdagen'::wlz.termijn "
					+ "AND termijn OPERATOR(wlz.<=) '20 kalenderdagen'::wlz.termijn ORDER BY id",
				"SELECT b.id, k.stap FROM public.bi_termijn b JOIN wlz.termijnkalender k ON k.termijn OPERATOR(wlz.=) b.termijn "
					+ "WHERE k.zorgkantoor = 'cz' AND k.inkoopjaar = 2026 ORDER BY b.id, k.stap",
			};
			for (int i = 0; i < qualified.length; i++)
				is(rows(c, qualified[i]), expected(c, i),
					"OPERATOR(wlz." + new String[] {"=", "<", "=) ANY (", ">=) and OPERATOR(wlz.<=", "="}[i]
					+ ") for " + QUERIES[i][0] + ", without wlz on the path");
		}

		// -------------------------------------------------------------------
		// The driver sets the path: pgjdbc's currentSchema, and options
		try (Connection c = connect("wlz_bi", pw, "&currentSchema=public,wlz")) {
			is(searchPath(c), "public,wlz", "currentSchema=public,wlz sets the session's search_path");
			runAll(c, "JDBC currentSchema=public,wlz");
		}
		// as README writes it: -c search_path="$user",public,wlz, URL-encoded
		try (Connection c = connect("wlz_bi", pw, "&options=-c%20search_path%3D%22%24user%22,public,wlz")) {
			is(searchPath(c), "\"$user\",public,wlz", "options=-c search_path=\"$user\",public,wlz sets it");
			runAll(c, "JDBC options=-c search_path=...");
		}

		// -------------------------------------------------------------------
		// The database sets it for the role: nothing in the BI tool changes
		try (Connection admin = connect(System.getenv("PGUSER"), System.getenv("PGPASSWORD"), "");
				Statement st = admin.createStatement()) {
			st.execute("ALTER ROLE wlz_bi SET search_path = \"$user\", public, wlz");
		}
		try (Connection c = connect("wlz_bi", pw, "")) {
			is(searchPath(c), "\"$user\", public, wlz", "ALTER ROLE wlz_bi SET search_path: the role's next session has it");
			runAll(c, "ALTER ROLE ... SET search_path");
		}
		// ... or for the role in this database only
		try (Connection admin = connect(System.getenv("PGUSER"), System.getenv("PGPASSWORD"), "");
				Statement st = admin.createStatement()) {
			st.execute("ALTER ROLE wlz_bi RESET search_path");
			st.execute("ALTER ROLE wlz_bi IN DATABASE " + db + " SET search_path = \"$user\", public, wlz");
		}
		try (Connection c = connect("wlz_bi", pw, "")) {
			is(searchPath(c), "\"$user\", public, wlz", "ALTER ROLE wlz_bi IN DATABASE ... SET search_path: the role's next session there has it");
			runAll(c, "ALTER ROLE ... IN DATABASE ... SET search_path");
		}
		// ... or for every role in the database
		try (Connection admin = connect(System.getenv("PGUSER"), System.getenv("PGPASSWORD"), "");
				Statement st = admin.createStatement()) {
			st.execute("ALTER DATABASE " + db + " SET search_path = \"$user\", public, wlz");
		}
		try (Connection c = connect("wlz_bi2", pw, "")) {
			is(searchPath(c), "\"$user\", public, wlz", "ALTER DATABASE ... SET search_path: another role's next session has it");
			runAll(c, "ALTER DATABASE ... SET search_path");
		}
	}
}
