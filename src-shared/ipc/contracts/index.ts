// Every slice, so a test can prove that no channel name is defined twice.
export { appContract } from './app.js';
export { candidatesContract } from './candidates.js';
export { vaultContract } from './vault.js';
