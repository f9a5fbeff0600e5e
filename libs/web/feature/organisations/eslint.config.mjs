// The workspace's Angular rules (cg selectors, OnPush): see the root eslint.config.mjs.
export { angular as default } from '../../../../eslint.config.mjs';
