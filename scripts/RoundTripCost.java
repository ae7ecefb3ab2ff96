import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

/**
 * What a round trip to PostgreSQL costs in CPU, on the client's side and on the backend's: a
 * transaction of one read and three small inserts, the inserts sent as three statements
 * ("separate", five round trips with the read and the commit) or as one multi-statement ("multi",
 * three), or no inserts at all ("none"), then a commit. Prints the wall time, this thread's CPU
 * and the backend's CPU (from /proc, so PostgreSQL must run on this machine) per transaction, for
 * the second of two rounds. An optional fourth argument sets synchronous_commit for the session.
 * It creates three tables rt_a, rt_b and rt_c; point it at a throwaway database.
 *
 * <pre>
 * java -cp ~/.m2/repository/org/postgresql/postgresql/42.7.13/postgresql-42.7.13.jar \
 *   scripts/RoundTripCost.java jdbc:postgresql://localhost:PORT/postgres 5000 separate [on|off]
 * </pre>
 *
 * <p>Over the Unix socket of Steward's embedded PostgreSQL (its log prints the URL), with
 * junixsocket's two jars ({@code junixsocket-common}, {@code junixsocket-native-common}) added to
 * the class path and {@code --enable-native-access=ALL-UNNAMED}, the URL is
 * {@code jdbc:postgresql://localhost:PORT/postgres?socketFactory=org.newsclub.net.unix.AFUNIXSocketFactory$FactoryArg&socketFactoryArg=<data dir>/pg-socket/.s.PGSQL.PORT}.
 */
public class RoundTripCost {

  public static void main(String[] args) throws Exception {
    String url = args[0];
    int n = Integer.parseInt(args[1]);
    String mode = args[2];
    try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS rt_a (id uuid primary key, v text, n int)");
        s.execute("CREATE TABLE IF NOT EXISTS rt_b (id uuid primary key, a uuid, v text)");
        s.execute("CREATE TABLE IF NOT EXISTS rt_c (id bigserial primary key, a uuid, v text)");
        if (args.length > 3) {
          s.execute("SET synchronous_commit = " + (args[3].equals("off") ? "off" : "on"));
        }
      }
      int pid;
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT pg_backend_pid()")) {
        r.next();
        pid = r.getInt(1);
      }
      c.setAutoCommit(false);
      PreparedStatement read = c.prepareStatement("SELECT n FROM rt_a WHERE id = ?");
      PreparedStatement a = c.prepareStatement("INSERT INTO rt_a VALUES (?, ?, ?)");
      PreparedStatement b = c.prepareStatement("INSERT INTO rt_b VALUES (?, ?, ?)");
      PreparedStatement log = c.prepareStatement("INSERT INTO rt_c (a, v) VALUES (?, ?)");
      PreparedStatement all = c.prepareStatement("INSERT INTO rt_a VALUES (?, ?, ?); "
          + "INSERT INTO rt_b VALUES (?, ?, ?); INSERT INTO rt_c (a, v) VALUES (?, ?)");
      for (int round = 0; round < 2; round++) {
        long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long backend0 = backendCpu(pid);
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
          UUID x = UUID.randomUUID();
          UUID y = UUID.randomUUID();
          read.setObject(1, x);
          read.executeQuery().close();
          if (mode.equals("separate")) {
            a.setObject(1, x);
            a.setString(2, "title " + i);
            a.setInt(3, i);
            a.executeUpdate();
            b.setObject(1, y);
            b.setObject(2, x);
            b.setString(3, "decision");
            b.executeUpdate();
            log.setObject(1, x);
            log.setString(2, "audit");
            log.executeUpdate();
          } else if (mode.equals("multi")) {
            all.setObject(1, x);
            all.setString(2, "title " + i);
            all.setInt(3, i);
            all.setObject(4, y);
            all.setObject(5, x);
            all.setString(6, "decision");
            all.setObject(7, x);
            all.setString(8, "audit");
            all.execute();
          }
          c.commit();
        }
        long wall = System.nanoTime() - t0;
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0;
        long backend = backendCpu(pid) - backend0;
        if (round == 1) {
          System.out.printf("%s: %d transactions, wall %.1f us, client CPU %.1f us, backend CPU %.1f us a transaction%n",
              mode, n, wall / 1e3 / n, cpu / 1e3 / n, backend / 1e3 / n);
        }
      }
    }
  }

  /** The backend's user and system CPU in ns, from /proc (clock ticks of 10 ms). */
  static long backendCpu(int pid) throws Exception {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] f = stat.substring(stat.lastIndexOf(") ") + 2).split(" ");
    return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
  }
}
