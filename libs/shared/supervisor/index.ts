export { ManagedProcess, describeExit, type ChildExit } from './managed-process.js';
export { RestartPolicy, type RestartDecision, type RestartPolicyOptions } from './restart-policy.js';
export { SupervisedChild, type ChildSpec } from './supervised-child.js';
export { Supervisor, type SupervisorOptions } from './supervisor.js';
export {
  readSupervisorState,
  writeSupervisorState,
  type ChildStateName,
  type ChildStatus,
  type SupervisorState,
} from './supervisor-state.js';
export { watchParent } from './parent-watch.js';
