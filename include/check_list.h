/* check_list.h - the registry of checks, one row per check (fwlint(1),
 * CHECKS).  No include guard: check.h includes it to number the checks
 * and check.c to build check_table, each with its own CHECK().
 *
 *   CHECK(ID, name, level, input, function, found by, description)
 *
 * input says what the check looks at, and so when lint_run() calls the
 * function (check.h, enum check_input).  function is NULL when the front
 * ends find the check (parse-error) or when the function of the row named
 * in "found by" finds it with its own (the three verdicts on one flow come
 * from one evaluation).  The order is that of --list-checks.  Adding a
 * check is adding a row here and its function under src/checks/.
 */
CHECK(PARSE_ERROR, "parse-error", DIAG_ERROR, CHECK_INPUT_PARSE, NULL, PARSE_ERROR,
      "a configuration file that the real firewall would reject")
CHECK(MISSING_OPENING, "missing-opening", DIAG_ERROR, CHECK_INPUT_FIREWALL, check_flows,
      MISSING_OPENING, "a required flow is dropped for all of its packets")
CHECK(PARTIAL_OPENING, "partial-opening", DIAG_ERROR, CHECK_INPUT_FIREWALL, NULL,
      MISSING_OPENING, "a required flow is dropped for part of its packets")
CHECK(RETURN_BLOCKED, "return-blocked", DIAG_ERROR, CHECK_INPUT_FIREWALL, NULL,
      MISSING_OPENING, "replies of a required flow are dropped on a stateless path")
CHECK(RFC1006_MISMATCH, "rfc1006-mismatch", DIAG_ERROR, CHECK_INPUT_TOPOLOGY, check_rfc1006,
      RFC1006_MISMATCH, "MTAs joined by X.400 use different RFC1006 ports")
CHECK(VERSION_MISMATCH, "version-mismatch", DIAG_ERROR, CHECK_INPUT_TOPOLOGY, check_versions,
      VERSION_MISMATCH,
      "the topology asks for a protocol or setting that its Exchange version lacks")
CHECK(PORT_CLASH, "port-clash", DIAG_ERROR, CHECK_INPUT_TOPOLOGY, check_port_clash, PORT_CLASH,
      "a server's static port is another of its ports or one that Exchange listens on")
CHECK(OVER_PERMISSIVE, "over-permissive", DIAG_WARNING, CHECK_INPUT_FIREWALL,
      check_over_permissive, OVER_PERMISSIVE,
      "an accepting rule or policy lets through traffic that no requirement needs")
CHECK(DYNAMIC_RPC, "dynamic-rpc", DIAG_WARNING, CHECK_INPUT_TOPOLOGY, check_dynamic_rpc,
      DYNAMIC_RPC,
      "a server lacks a static directory/store/MTA port, so 1024-65535 must be open")
CHECK(SHADOWED_RULE, "shadowed-rule", DIAG_WARNING, CHECK_INPUT_FILE, check_shadowed,
      SHADOWED_RULE, "a rule that no packet can ever reach")
CHECK(UNRESOLVED, "unresolved", DIAG_WARNING, CHECK_INPUT_FILE, check_unresolved, UNRESOLVED,
      "a construct whose effect fwlint cannot know")
CHECK(UNUSED_SUPPRESSION, "unused-suppression", DIAG_WARNING, CHECK_INPUT_PARSE, NULL,
      UNUSED_SUPPRESSION, "an inline fwlint: disable= directive that covers no finding")
