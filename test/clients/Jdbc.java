// test/clients/Jdbc.java: README's three questions and every type of the
// extension through the PostgreSQL JDBC driver (Debian's libpostgresql-jdbc-java),
// the driver of Java BI tools, set up as they run it: server-side prepared
// statements from the first execution (prepareThreshold=-1) and binary transfer
// (binaryTransfer=true).  Prints TAP; run by jdbc.t, which makes the database
// (opzet.sql) and starts this with java's single-file source launcher and a JVM
// time zone of Asia/Tokyo, so that the session's TimeZone is not Amsterdam.
//
//   java -cp /usr/share/java/postgresql.jar -Duser.timezone=Asia/Tokyo Jdbc.java <database>
//
// Expected values are computed here, independently of the extension: the
// tariff with BigDecimal from README's rules for CZ GZ 2026 and the RT% 96.5;
// the moments with java.time in Europe/Amsterdam.
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.sql.*;
import java.time.*;
import java.util.*;
import org.postgresql.util.PGBinaryObject;
import org.postgresql.util.PGobject;

public class Jdbc {
	static int n = 0, failed = 0;
	static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");
	static final BigDecimal RT = new BigDecimal("96.5");

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

	/** The SQLSTATE that running sql raises, or "none". */
	static String sqlstate(Connection c, String sql) {
		try (Statement st = c.createStatement()) {
			st.executeQuery(sql).close();
			return "none";
		} catch (SQLException e) {
			return e.getSQLState();
		}
	}

	static String url(String db, String extra) {
		return "jdbc:postgresql://" + System.getenv("PGHOST") + ":" + System.getenv("PGPORT") + "/" + db
			+ "?prepareThreshold=-1&binaryTransfer=true" + extra;
	}

	static Connection connect(String db, String extra) throws SQLException {
		return DriverManager.getConnection(url(db, extra), System.getenv("PGUSER"), System.getenv("PGPASSWORD"));
	}

	/** The end of an Amsterdam day, 23:59:59.999999 local, as java.time sees it. */
	static Instant eindeDag(String date) {
		return LocalDate.parse(date).atTime(23, 59, 59, 999_999_000).atZone(AMS).toInstant();
	}

	/** CZ GZ 2026 (README "Shipped tariff policy", seed 002 §5.1) without kenmerken or history:
	 *  a provider new to CZ gets the RT% − 2 points; VPT and DTV 100 %; everything else the RT%. */
	static BigDecimal pct(String leveringsvorm, String klasse) {
		if (!klasse.equals("bestaand")) return RT.subtract(new BigDecimal("2"));
		if (leveringsvorm.equals("vpt") || leveringsvorm.equals("dtv")) return new BigDecimal("100");
		return RT;
	}

	/** wlz.tarief(zorg, nhc, nic, pct): the care component at pct, rounded half away from zero to cents,
	 *  plus NHC and NIC. */
	static BigDecimal tarief(BigDecimal zorg, BigDecimal nhc, BigDecimal nic, BigDecimal pct) {
		return zorg.multiply(pct).movePointLeft(2).setScale(2, RoundingMode.HALF_UP).add(nhc).add(nic);
	}

	/** The fields of a composite's text form: (a,b,"c ""d"""), empty unquoted = NULL. */
	static List<String> composite(String s) {
		List<String> out = new ArrayList<>();
		if (s == null || !s.startsWith("(") || !s.endsWith(")")) throw new IllegalArgumentException(s);
		int i = 1, end = s.length() - 1;
		while (true) {
			StringBuilder f = new StringBuilder();
			boolean quoted = false, any = false;
			while (i < end && s.charAt(i) != ',') {
				char ch = s.charAt(i);
				if (ch == '"') {
					quoted = true;
					any = true;
					i++;
					while (true) {
						char q = s.charAt(i);
						if (q == '\\') { f.append(s.charAt(i + 1)); i += 2; }
						else if (q == '"' && s.charAt(i + 1) == '"') { f.append('"'); i += 2; }
						else if (q == '"') { i++; break; }
						else { f.append(q); i++; }
					}
				} else {
					f.append(ch);
					any = true;
					i++;
				}
			}
			out.add(any || quoted ? f.toString() : null);
			if (i >= end) break;
			i++; // the comma
		}
		return out;
	}

	/** A wlz.termijn for binary parameters: format version 1, unit, 32-bit amount (README "Binary I/O"). */
	public static class Termijn extends PGobject implements PGBinaryObject {
		int version = 1, unit, amount, length = 6;

		public Termijn() {
			setType("wlz.termijn");
		}

		Termijn(int unit, int amount) {
			this();
			this.unit = unit;
			this.amount = amount;
		}

		public void setByteValue(byte[] b, int offset) {
			ByteBuffer bb = ByteBuffer.wrap(b, offset, 6);
			version = bb.get();
			unit = bb.get();
			amount = bb.getInt();
		}

		public int lengthInBytes() {
			return length;
		}

		public void toBytes(byte[] b, int offset) {
			ByteBuffer bb = ByteBuffer.allocate(6).put((byte) version).put((byte) unit).putInt(amount);
			System.arraycopy(bb.array(), 0, b, offset, length);
		}
	}

	public static void main(String[] args) {
		long t0 = System.nanoTime();
		try {
			run(args[0]);
		} catch (Throwable e) {
			// the checks after it did not run: that fails, whatever the plan says
			ok(false, "Jdbc.java ran to the end");
			java.io.StringWriter w = new java.io.StringWriter();
			e.printStackTrace(new java.io.PrintWriter(w));
			diag(w.toString());
		}
		diag(String.format("Jdbc.java ran in %.1f s", (System.nanoTime() - t0) / 1e9));
		System.out.println("1.." + n);
		System.exit(failed == 0 ? 0 : 1);
	}

	static void run(String db) throws Exception {
		try (Connection c = connect(db, "")) {
			// ---------------------------------------------------------------
			// The connection is set up as a BI tool's
			try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW TimeZone")) {
				rs.next();
				is(rs.getString(1), "Asia/Tokyo", "the session's TimeZone is the JVM's (Asia/Tokyo), not Amsterdam");
			}
			try (PreparedStatement ps = c.prepareStatement("SELECT 1.50::numeric AS x")) {
				ResultSet rs = ps.executeQuery();
				rs.next();
				byte[] raw = rs.getBytes(1);
				ok(!new String(raw).equals("1.50") && rs.getBigDecimal(1).equals(new BigDecimal("1.50")),
					"binary transfer is in effect: a numeric arrives in binary form (" + raw.length + " bytes) and reads 1.50");
			}

			// ---------------------------------------------------------------
			// README "Three questions in psql", the queries as README writes them
			// 1. When does a term end, and was it met?
			try (Statement st = c.createStatement()) {
				ResultSet rs = st.executeQuery(
					"SELECT wlz.uiterste('cz', 2026, 'bezwaar-richttarief') AS uiterst,\n"
					+ "       wlz.termijn_einde(date '2025-09-05', '20 kalenderdagen') AS zelf_gerekend");
				rs.next();
				Instant want = eindeDag("2025-09-25");
				is(rs.getObject(1, OffsetDateTime.class).toInstant(), want,
					"question 1: wlz.uiterste('cz', 2026, 'bezwaar-richttarief') is 25 September 2025 23:59:59.999999 in Amsterdam");
				is(rs.getObject(2, OffsetDateTime.class).toInstant(), want,
					"question 1: wlz.termijn_einde(date '2025-09-05', '20 kalenderdagen') is the same moment");
				is(rs.getTimestamp(1).toInstant(), want, "question 1: the same through getTimestamp (JVM time zone Asia/Tokyo)");
				rs = st.executeQuery(
					"SELECT id, ingediend_op, wlz.tijdig(ingediend_op, date '2025-09-25') AS tijdig\n"
					+ "FROM bezwaar ORDER BY id");
				int rows = 0;
				List<Boolean> tijdig = new ArrayList<>();
				boolean agrees = true;
				while (rs.next()) {
					rows++;
					Instant ingediend = rs.getObject(2, OffsetDateTime.class).toInstant();
					boolean mine = !ingediend.isAfter(want);
					agrees &= rs.getBoolean(3) == mine;
					tijdig.add(rs.getBoolean(3));
				}
				is(tijdig, List.of(true, false), "question 1: bezwaar 1 (23:59:59) on time, bezwaar 2 (00:00:01 the next day) late");
				ok(rows == 2 && agrees, "question 1: wlz.tijdig agrees with java.time on each ingediend_op");
			}

			// 2. Which class is a provider?
			try (Statement st = c.createStatement()) {
				ResultSet rs = st.executeQuery(
					"SELECT a.agb, a.naam,\n"
					+ "       wlz.aanbiederklasse(o.zorgkantoor, o.looptijd, 'cz', date '2024-07-31', 2024,\n"
					+ "                           a.declareert_sinds) AS klasse\n"
					+ "FROM aanbieder a LEFT JOIN overeenkomst o USING (agb)\n"
					+ "GROUP BY a.agb, a.naam\n"
					+ "ORDER BY a.agb");
				is(rs.getMetaData().getColumnTypeName(3), "\"wlz\".\"aanbiederklasse\"",
					"question 2: the column's type is wlz.aanbiederklasse");
				List<String> got = new ArrayList<>();
				while (rs.next()) got.add(rs.getString(1) + " " + rs.getObject(3));
				is(got, List.of("01 bestaand", "02 bestaand", "03 bestaand", "04 bestaand-maar-nieuw",
					"05 nieuw", "06 nieuw", "07 nieuw", "08 nieuw"),
					"question 2: the classes of README's eight providers (enum read with getObject)");
			}

			// 3. What tariff?  (The RT% GZ 2026 row is in opzet.sql.)
			try (Statement st = c.createStatement()) {
				Map<Long, BigDecimal[]> want = new HashMap<>();
				ResultSet rs = st.executeQuery(
					"SELECT id, leveringsvorm, klasse, zorg, nhc, nic FROM declaratie ORDER BY id");
				while (rs.next()) {
					BigDecimal p = pct(rs.getString(2), rs.getString(3));
					want.put(rs.getLong(1), new BigDecimal[] {p,
						tarief(rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), p)});
				}
				rs = st.executeQuery(
					"SELECT d.agb, d.prestatie, d.leveringsvorm, d.klasse, p.pct,\n"
					+ "       wlz.tarief(d.zorg, d.nhc, d.nic, p.pct) AS bedrag, d.id\n"
					+ "FROM declaratie d\n"
					+ "CROSS JOIN LATERAL (SELECT wlz.tariefpercentage(d.zorgkantoor, d.sector, d.jaar,\n"
					+ "                                                prestatie => d.prestatie,\n"
					+ "                                                leveringsvorm => d.leveringsvorm,\n"
					+ "                                                klasse => d.klasse) AS pct) p\n"
					+ "ORDER BY d.id");
				List<String> got = new ArrayList<>();
				boolean agrees = true;
				String mismatch = "";
				while (rs.next()) {
					BigDecimal p = rs.getBigDecimal(5), b = rs.getBigDecimal(6);
					got.add(rs.getString(1) + " " + p.toPlainString() + " " + b.toPlainString());
					BigDecimal[] w = want.get(rs.getLong(7));
					if (w == null || p.compareTo(w[0]) != 0 || !b.equals(w[1])) {
						agrees = false;
						mismatch += " line " + rs.getLong(7) + ": " + p + " " + b + " expected " + (w == null ? "none" : w[0] + " " + w[1]);
					}
				}
				is(got, List.of("01 96.5 276.77", "04 94.5 292.95", "04 94.5 292.95", "06 94.5 297.45"),
					"question 3: percentage and amount of README's four lines (250.00 x 96.5 % = 241.25 + 30.12 + 5.40 = 276.77)");
				ok(agrees && got.size() == 4, "question 3: each line equals the tariff computed here with BigDecimal" + mismatch);
			}

			// ---------------------------------------------------------------
			// Every type of the extension
			// wlz.termijn, text (pgjdbc does not know the type, so even with
			// binaryTransfer=true it asks for it in text)
			try (PreparedStatement ps = c.prepareStatement(
					"SELECT t, t::text FROM unnest(?::text[]) WITH ORDINALITY AS i(s, nr), LATERAL (SELECT s::wlz.termijn AS t) x ORDER BY nr")) {
				String[] in = {"20 kalenderdagen", "1 dag", "5 working days", "+2 WEKEN", "6 maanden", "1 jaar", "-24 uur"};
				String[] out = {"20 kalenderdagen", "1 kalenderdag", "5 werkdagen", "2 weken", "6 maanden", "1 jaar", "-24 uur"};
				ps.setArray(1, c.createArrayOf("text", in));
				ResultSet rs = ps.executeQuery();
				List<String> got = new ArrayList<>(), gotObj = new ArrayList<>();
				String type = rs.getMetaData().getColumnTypeName(1);
				while (rs.next()) {
					got.add(rs.getString(1));
					PGobject o = (PGobject) rs.getObject(1);
					gotObj.add(o.getValue());
				}
				is(got, Arrays.asList(out), "wlz.termijn in text: getString gives the canonical Dutch form of each input spelling");
				is(gotObj, Arrays.asList(out), "wlz.termijn in text: getObject gives a PGobject with the same value");
				is(type, "\"wlz\".\"termijn\"", "wlz.termijn: the column's type name");
			}
			try (PreparedStatement ps = c.prepareStatement("SELECT ?::wlz.termijn OPERATOR(wlz.=) '1 week'::wlz.termijn AS gelijk, ?::wlz.termijn::text AS tekst")) {
				ps.setString(1, "7 kalenderdagen");
				ps.setString(2, "3 Werkdagen");
				ResultSet rs = ps.executeQuery();
				rs.next();
				ok(!rs.getBoolean(1) && rs.getString(2).equals("3 werkdagen"),
					"wlz.termijn as a text parameter: '7 kalenderdagen' is not '1 week', '3 Werkdagen' reads back as 3 werkdagen");
			}

			// The enums
			try (Statement st = c.createStatement()) {
				ResultSet rs = st.executeQuery("SELECT enum_range(NULL::wlz.sector), enum_range(NULL::wlz.leveringsvorm), "
					+ "enum_range(NULL::wlz.aanbiederklasse), 'GGZ'::wlz.sector, 'vpt'::wlz.leveringsvorm, "
					+ "'bestaand-maar-nieuw'::wlz.aanbiederklasse");
				rs.next();
				is(Arrays.asList((Object[]) rs.getArray(1).getArray()), List.of("VV", "GZ", "GGZ"), "enum wlz.sector: its labels as a Java array");
				is(Arrays.asList((Object[]) rs.getArray(2).getArray()), List.of("verblijf", "vpt", "mpt", "dtv"),
					"enum wlz.leveringsvorm: its labels");
				is(Arrays.asList((Object[]) rs.getArray(3).getArray()), List.of("bestaand", "bestaand-maar-nieuw", "nieuw"),
					"enum wlz.aanbiederklasse: its labels");
				is(rs.getString(4) + " " + rs.getString(5) + " " + rs.getObject(6), "GGZ vpt bestaand-maar-nieuw",
					"enum values read with getString and getObject");
				is(rs.getMetaData().getColumnType(4), Types.VARCHAR, "an enum column is reported as VARCHAR, as BI tools expect of text");
			}
			try (PreparedStatement ps = c.prepareStatement(
					"SELECT count(*) FROM declaratie WHERE sector = ?::wlz.sector AND leveringsvorm = ?::wlz.leveringsvorm")) {
				ps.setString(1, "GZ");
				ps.setString(2, "vpt");
				ResultSet rs = ps.executeQuery();
				rs.next();
				is(rs.getInt(1), 2, "enum parameters: two declaration lines of GZ via VPT");
			}

			// numeric with its scale
			try (PreparedStatement ps = c.prepareStatement(
					"SELECT wlz.tarief(?, ?) , wlz.tarief(?, ?), wlz.tarief(?, ?), wlz.tariefpercentage('cz', 'GZ', 2026, leveringsvorm => 'vpt')")) {
				BigDecimal[][] in = {{new BigDecimal("100.00"), new BigDecimal("0")},
					{new BigDecimal("10.01"), new BigDecimal("50")}, {new BigDecimal("-10.01"), new BigDecimal("50")}};
				for (int i = 0; i < 3; i++) {
					ps.setBigDecimal(2 * i + 1, in[i][0]);
					ps.setBigDecimal(2 * i + 2, in[i][1]);
				}
				ResultSet rs = ps.executeQuery();
				rs.next();
				List<String> got = new ArrayList<>(), want = new ArrayList<>();
				for (int i = 0; i < 3; i++) {
					got.add(rs.getBigDecimal(i + 1).toPlainString() + "/" + rs.getBigDecimal(i + 1).scale());
					BigDecimal w = in[i][0].multiply(in[i][1]).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
					want.add(w.toPlainString() + "/2");
				}
				is(got, want, "numeric keeps its scale of 2 in binary transfer: 0.00, 5.005 -> 5.01, -5.005 -> -5.01");
				ok(rs.getBigDecimal(4).compareTo(new BigDecimal("100")) == 0, "numeric: CZ pays VPT at 100 %");
			}

			// timestamptz at the DST changes, in a session whose TimeZone is Asia/Tokyo
			try (Statement st = c.createStatement()) {
				ResultSet rs = st.executeQuery("SELECT wlz.einde_dag('2025-03-29'), wlz.einde_dag('2025-03-30'), "
					+ "wlz.einde_dag('2025-10-26'), wlz.einde_dag('2025-10-27'), "
					+ "timestamptz '2025-03-29 12:00+01' OPERATOR(wlz.+) '1 dag'::wlz.termijn, "
					+ "timestamptz '2025-03-29 12:00+01' OPERATOR(wlz.+) '24 uur'::wlz.termijn, "
					+ "wlz.lokaal('2025-10-26', '12:00')");
				rs.next();
				String[] days = {"2025-03-29", "2025-03-30", "2025-10-26", "2025-10-27"};
				for (int i = 0; i < 4; i++) {
					OffsetDateTime got = rs.getObject(i + 1, OffsetDateTime.class);
					Instant want = eindeDag(days[i]);
					is(got.toInstant(), want, "timestamptz: wlz.einde_dag('" + days[i] + "') is 23:59:59.999999 "
						+ want.atZone(AMS).getOffset() + " in Amsterdam");
				}
				ZonedDateTime noon = ZonedDateTime.of(2025, 3, 29, 12, 0, 0, 0, AMS);
				is(rs.getObject(5, OffsetDateTime.class).toInstant(), noon.plusDays(1).toInstant(),
					"timestamptz: 29 March 12:00+01 + '1 dag' keeps the wall clock across the DST change: 30 March 12:00+02");
				is(rs.getObject(6, OffsetDateTime.class).toInstant(), noon.plusHours(24).toInstant(),
					"timestamptz: 29 March 12:00+01 + '24 uur' is 24 elapsed hours: 30 March 13:00+02");
				is(rs.getObject(7, OffsetDateTime.class).toInstant(), ZonedDateTime.of(2025, 10, 26, 12, 0, 0, 0, AMS).toInstant(),
					"timestamptz: wlz.lokaal('2025-10-26', '12:00') is noon in Amsterdam on the day winter time starts");
			}

			// arrays of the extension's types
			try (Statement st = c.createStatement()) {
				ResultSet rs = st.executeQuery("SELECT ARRAY['20 kalenderdagen', NULL, '5 werkdagen', '-24 uur']::wlz.termijn[], "
					+ "ARRAY['vpt', 'dtv']::wlz.leveringsvorm[], ARRAY[]::wlz.termijn[]");
				rs.next();
				Array a = rs.getArray(1);
				is(a.getBaseTypeName(), "\"wlz\".\"termijn\"", "wlz.termijn[]: getArray's base type");
				// pgjdbc gives the elements of an array of a type it does not know as PGobjects
				List<String> got = new ArrayList<>();
				String classes = "";
				for (Object o : (Object[]) a.getArray()) {
					got.add(o == null ? null : ((PGobject) o).getValue());
					classes += " " + (o == null ? "null" : o.getClass().getSimpleName());
				}
				is(got, Arrays.asList("20 kalenderdagen", null, "5 werkdagen", "-24 uur"),
					"wlz.termijn[]: the elements (" + classes.trim() + "), a NULL among them");
				is(Arrays.asList((Object[]) rs.getArray(2).getArray()), List.of("vpt", "dtv"), "wlz.leveringsvorm[]: the elements");
				is(((Object[]) rs.getArray(3).getArray()).length, 0, "an empty wlz.termijn[]");
			}
			try (PreparedStatement ps = c.prepareStatement("SELECT (?::text[]::wlz.termijn[])[2]::text")) {
				ps.setArray(1, c.createArrayOf("text", new String[] {"1 jaar", "2 jaren"}));
				ResultSet rs = ps.executeQuery();
				rs.next();
				is(rs.getString(1), "2 jaar", "wlz.termijn[] from an array parameter");
			}

			// the composite wlz.klassificatie (README "Provider classes")
			try (Statement st = c.createStatement()) {
				ResultSet rs = st.executeQuery(
					"SELECT a.agb, wlz.klassificatie(o.zorgkantoor, o.looptijd, 'cz', date '2024-07-31', 2024) AS k\n"
					+ "FROM aanbieder a LEFT JOIN overeenkomst o USING (agb)\n"
					+ "WHERE a.agb IN ('01', '03', '05', '07', '08')\n"
					+ "GROUP BY a.agb\n"
					+ "ORDER BY a.agb");
				is(rs.getMetaData().getColumnTypeName(2), "\"wlz\".\"klassificatie\"", "composite: the column's type is wlz.klassificatie");
				Map<String, List<String>> got = new LinkedHashMap<>();
				while (rs.next()) got.put(rs.getString(1), composite(((PGobject) rs.getObject(2)).getValue()));
				Map<String, List<String>> want = new LinkedHashMap<>();
				want.put("01", Arrays.asList("bestaand", "meerjarig",
					"overeenkomst met cz (2024-01-01 t/m 2026-12-31) loopt op de peildatum 2024-07-31 en loopt door in 2025: meerjarig"));
				want.put("03", Arrays.asList("bestaand", "deel-jaar",
					"overeenkomst met cz (2024-03-01 t/m 2024-12-31) loopt op de peildatum 2024-07-31; de overeenkomsten met cz dekken 2024 niet helemaal (geen overeenkomst van 2024-01-01 t/m 2024-02-29): deel-jaar"));
				want.put("05", Arrays.asList("nieuw", null,
					"geen overeenkomst met cz op de peildatum 2024-07-31; de overeenkomsten met vgz dekken 2024 en de peildatum niet zonder onderbreking: geen overeenkomst op 2024-10-01"));
				want.put("07", Arrays.asList("nieuw", null,
					"geen overeenkomst met cz op de peildatum 2024-07-31; de overeenkomsten met vgz dekken 2024 en de peildatum niet zonder onderbreking: geen overeenkomst van 2024-07-01 t/m 2024-12-31"));
				want.put("08", Arrays.asList("nieuw", null, "geen enkele overeenkomst"));
				for (String agb : want.keySet())
					is(got.get(agb), want.get(agb), "composite wlz.klassificatie of provider " + agb + ": klasse, contractvorm (NULL for nieuw), toelichting");
			}

			// ---------------------------------------------------------------
			// A cursor over 10^6 declaration lines, fetched in batches
			c.setAutoCommit(false);
			// each line's leveringsvorm, klasse and zorg follow from its id
			String lines = "SELECT g AS id, p.pct, wlz.tarief(x.zorg, 30.12, 5.40, p.pct) AS bedrag\n"
				+ "FROM generate_series(1, 1000000) AS g\n"
				+ "CROSS JOIN LATERAL (SELECT (CASE g % 4 WHEN 0 THEN 'verblijf' WHEN 1 THEN 'vpt' WHEN 2 THEN 'mpt' ELSE 'dtv' END)::wlz.leveringsvorm AS leveringsvorm,\n"
				+ "                           (CASE g / 4 % 3 WHEN 0 THEN 'bestaand' WHEN 1 THEN 'bestaand-maar-nieuw' ELSE 'nieuw' END)::wlz.aanbiederklasse AS klasse,\n"
				+ "                           200.25 + g % 97 AS zorg) x\n"
				+ "CROSS JOIN LATERAL (SELECT wlz.tariefpercentage('cz', 'GZ', 2026, leveringsvorm => x.leveringsvorm,\n"
				+ "                                                klasse => x.klasse) AS pct) p\n"
				+ "ORDER BY g";
			long tc = System.nanoTime();
			try (PreparedStatement ps = c.prepareStatement(lines)) {
				ps.setFetchSize(10000);
				ResultSet rs = ps.executeQuery();
				long rows = 0, wrong = 0, cursorsSeen = -1;
				BigDecimal sum = BigDecimal.ZERO, wantSum = BigDecimal.ZERO;
				BigDecimal nhc = new BigDecimal("30.12"), nic = new BigDecimal("5.40");
				String firstWrong = "";
				String[] lv = {"verblijf", "vpt", "mpt", "dtv"}, kl = {"bestaand", "bestaand-maar-nieuw", "nieuw"};
				while (rs.next()) {
					rows++;
					if (rows == 1) {
						// the query stays open in the server as a named portal, which
						// pg_cursors lists (the unnamed portal of this look-up has name '')
						try (Statement st = c.createStatement(); ResultSet cr = st.executeQuery(
								"SELECT count(*) FROM pg_cursors WHERE name <> '' AND statement LIKE '%generate_series(1, 1000000)%'")) {
							cr.next();
							cursorsSeen = cr.getLong(1);
						}
					}
					long g = rs.getLong(1);
					String l = lv[(int) (g % 4)], k = kl[(int) (g / 4 % 3)];
					BigDecimal zorg = new BigDecimal("200.25").add(BigDecimal.valueOf(g % 97));
					BigDecimal p = pct(l, k), b = tarief(zorg, nhc, nic, p);
					BigDecimal gotP = rs.getBigDecimal(2), gotB = rs.getBigDecimal(3);
					if (g != rows || gotP.compareTo(p) != 0 || !gotB.equals(b)) {
						if (wrong++ == 0) firstWrong = " (first: line " + g + " " + gotP + " " + gotB + ", expected " + p + " " + b + ")";
					}
					sum = sum.add(gotB);
					wantSum = wantSum.add(b);
				}
				double secs = (System.nanoTime() - tc) / 1e9;
				is(rows, 1000000L, "cursor: 10^6 declaration lines read with setFetchSize(10000)");
				is(cursorsSeen, 1L, "cursor: while reading, the query is an open cursor in pg_cursors (fetched in batches, not at once)");
				ok(wrong == 0, "cursor: every line's wlz.tariefpercentage and wlz.tarief equal the values computed here" + firstWrong);
				is(sum, wantSum, "cursor: the sum of the amounts, " + wantSum.toPlainString());
				diag(String.format("10^6 lines in %.1f s", secs));
			}
			c.commit();
			c.setAutoCommit(true);

			// ---------------------------------------------------------------
			// Bad input: the driver's exception with the server's SQLSTATE
			is(sqlstate(c, "SELECT '20'::wlz.termijn"), "22P02", "error: '20'::wlz.termijn is SQLSTATE 22P02");
			is(sqlstate(c, "SELECT '5 lichtjaren'::wlz.termijn"), "22P02", "error: '5 lichtjaren'::wlz.termijn is 22P02");
			is(sqlstate(c, "SELECT '100001 dagen'::wlz.termijn"), "22003", "error: an amount beyond 100 000 is 22003");
			is(sqlstate(c, "SELECT 'XX'::wlz.sector"), "22P02", "error: a label that is not in enum wlz.sector is 22P02");
			is(sqlstate(c, "SELECT wlz.tariefpercentage('cz', 'GZ', 2031)"), "P0002", "error: no RT% for GZ 2031 is P0002");
			is(sqlstate(c, "SELECT wlz.tarief(100, 101)"), "22023", "error: a percentage above 100 is 22023");
			is(sqlstate(c, "SELECT wlz.is_werkdag('1900-01-01')"), "22008", "error: a date outside the calendar is 22008");
			try (PreparedStatement ps = c.prepareStatement("SELECT ?::wlz.termijn")) {
				ps.setString(1, "twintig dagen");
				String state = "none", hint = "";
				try {
					ps.executeQuery();
				} catch (SQLException e) {
					state = e.getSQLState();
					if (e instanceof org.postgresql.util.PSQLException && ((org.postgresql.util.PSQLException) e).getServerErrorMessage() != null)
						hint = String.valueOf(((org.postgresql.util.PSQLException) e).getServerErrorMessage().getHint());
				}
				is(state, "22P02", "error: 'twintig dagen' as a parameter of a prepared statement is 22P02");
				ok(hint.contains("werkdagen"), "error: the server's hint (the units) reaches the driver");
			}
			try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT '1 week'::wlz.termijn::text")) {
				rs.next();
				is(rs.getString(1), "1 week", "the connection is usable after those errors");
			}
		}

		// -------------------------------------------------------------------
		// wlz.termijn in binary: a client that asks for the type's OID in
		// binary (binaryTransferEnable) gets its 6-byte send format, and
		// binary parameters go through its recv function.
		int oid;
		try (Connection c = connect(db, ""); Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("SELECT 'wlz.termijn'::regtype::oid")) {
			rs.next();
			oid = rs.getInt(1);
		}
		try (Connection c = connect(db, "&binaryTransferEnable=" + oid)) {
			String[] in = {"20 kalenderdagen", "5 werkdagen", "2 weken", "6 maanden", "1 jaar", "-24 uur", "-100000 dagen"};
			int[][] want = {{1, 0, 20}, {1, 1, 5}, {1, 2, 2}, {1, 3, 6}, {1, 4, 1}, {1, 5, -24}, {1, 0, -100000}};
			try (PreparedStatement ps = c.prepareStatement("SELECT s::wlz.termijn FROM unnest(?::text[]) WITH ORDINALITY AS i(s, nr) ORDER BY nr")) {
				ps.setArray(1, c.createArrayOf("text", in));
				List<String> got = new ArrayList<>(), exp = new ArrayList<>();
				ResultSet rs = ps.executeQuery();
				int i = 0, nulls = 0;
				while (rs.next()) {
					// pgjdbc cannot turn a binary value of a type it does not know
					// into text: README warns that getString and getObject give null
					if (rs.getString(1) == null && ((PGobject) rs.getObject(1)).getValue() == null) nulls++;
					byte[] raw = rs.getBytes(1);
					Termijn t = new Termijn();
					if (raw.length == 6) t.setByteValue(raw, 0);
					got.add(raw.length + " bytes: " + t.version + "/" + t.unit + "/" + t.amount);
					exp.add("6 bytes: " + want[i][0] + "/" + want[i][1] + "/" + want[i][2]);
					i++;
				}
				is(got, exp, "wlz.termijn in binary: the send format (version 1, unit 0-5, signed 32-bit amount) of seven terms");
				is(nulls, in.length, "wlz.termijn in binary: pgjdbc's getString and getObject give null, as README says (only getBytes has it)");
			}
			try (PreparedStatement ps = c.prepareStatement("SELECT ?::wlz.termijn::text, ? OPERATOR(wlz.=) '5 werkdagen'::wlz.termijn")) {
				ps.setObject(1, new Termijn(3, -6));
				ps.setObject(2, new Termijn(1, 5));
				ResultSet rs = ps.executeQuery();
				rs.next();
				ok(rs.getString(1).equals("-6 maanden") && rs.getBoolean(2),
					"wlz.termijn in binary: binary parameters (3, -6) and (1, 5) are -6 maanden and 5 werkdagen");
			}
			try (PreparedStatement ps = c.prepareStatement("SELECT ?::wlz.termijn::text")) {
				Termijn bad = new Termijn(9, 1);
				ps.setObject(1, bad);
				String state = "none";
				try {
					ps.executeQuery();
				} catch (SQLException e) {
					state = e.getSQLState();
				}
				is(state, "22P03", "error: a binary wlz.termijn with unit 9 is 22P03 (invalid binary representation)");
				Termijn shortOne = new Termijn(0, 1);
				shortOne.length = 3;
				ps.setObject(1, shortOne);
				state = "none";
				try {
					ps.executeQuery();
				} catch (SQLException e) {
					state = e.getSQLState();
				}
				is(state, "22P03", "error: a binary wlz.termijn of 3 bytes is 22P03");
			}
		}
	}
}
