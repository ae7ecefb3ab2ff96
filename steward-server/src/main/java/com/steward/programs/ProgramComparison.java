package com.steward.programs;

import com.steward.core.programs.Outcomes;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Notifiers in each program against regular notifiers over a period, as the report compares them:
 * how many accounts filed, how many listings they named, and how many of the settled ones were
 * invalid (reversed or rejected). {@code programs} has one group per program; {@code programMembers}
 * adds them up (an account counts once); {@code regular} is everyone filing outside any program.
 *
 * @param itemsPerAccountRatio program members' items per account over regular notifiers'; null when
 *     regular notifiers named none
 * @param invalidRateRatio regular notifiers' invalid rate over program members'; null when members had none
 */
public record ProgramComparison(List<Group> programs, Group programMembers, Group regular,
    @Nullable Double itemsPerAccountRatio, @Nullable Double invalidRateRatio) {

  /** The name of the group of notifiers in no program. */
  public static final String REGULAR = "REGULAR";

  /** The name of the group of all program members together. */
  public static final String MEMBERS = "PROGRAM_MEMBERS";

  /**
   * One group of notifiers.
   *
   * @param accounts notifiers that filed at least one item in the group
   * @param items listings named (notice items), whatever became of them
   * @param settled items upheld, reversed or rejected
   * @param invalid items reversed or rejected
   * @param invalidRate invalid over settled; 0 with nothing settled
   */
  public record Group(String group, long accounts, long items, double itemsPerAccount, long settled, long invalid,
      double invalidRate) {

    static Group of(String group, Outcomes o, long accounts) {
      long items = o.decided() + o.pending();
      long invalid = o.reversed() + o.rejected();
      return new Group(group, accounts, items, accounts == 0 ? 0.0 : Reputations.round((double) items / accounts),
          o.decided(), invalid, o.decided() == 0 ? 0.0 : Reputations.round((double) invalid / o.decided()));
    }
  }

  static ProgramComparison of(List<Group> programs, Group members, Group regular) {
    return new ProgramComparison(programs, members, regular,
        regular.itemsPerAccount() == 0 ? null
            : Reputations.round(members.itemsPerAccount() / regular.itemsPerAccount()),
        members.invalidRate() == 0 ? null : Reputations.round(regular.invalidRate() / members.invalidRate()));
  }
}
