package com.steward.platform.security;

import com.steward.platform.db.Sql;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPermissionRepository {

  private final JdbcClient jdbc;

  JdbcPermissionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<String> of(String principal) {
    return jdbc.sql("SELECT permission FROM staff_permission WHERE principal = :p").param("p", principal)
        .query(String.class).list();
  }

  void insert(String principal, Permission permission, String by, Instant at) {
    jdbc.sql("""
        INSERT INTO staff_permission (principal, permission, granted_by, granted_at) VALUES (:p, :perm, :by, :at)
        ON CONFLICT DO NOTHING
        """).param("p", principal).param("perm", permission.name()).param("by", by).param("at", Sql.ts(at)).update();
  }

  boolean delete(String principal, Permission permission) {
    return jdbc.sql("DELETE FROM staff_permission WHERE principal = :p AND permission = :perm").param("p", principal)
        .param("perm", permission.name()).update() > 0;
  }

  List<Permissions.Grant> all() {
    return jdbc.sql("SELECT principal, permission, granted_by, granted_at FROM staff_permission ORDER BY 1, 2")
        .query((rs, n) -> new Permissions.Grant(rs.getString("principal"), Permission.valueOf(rs.getString("permission")),
            rs.getString("granted_by"), Sql.instant(rs, "granted_at")))
        .list();
  }
}
