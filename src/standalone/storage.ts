/** Where the standalone table keeps what was typed (this browser only); 清除 in 共享 removes it. */
export const TYPED_KEY = "policyTargets.actuals";
