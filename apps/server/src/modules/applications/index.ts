/** Applications with commitment. Other modules use only what is exported here. */
export { applicationRoutes } from './routes';
export { applicationDeadlines } from './deadlines';
