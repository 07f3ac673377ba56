import { simulate } from '../../src/demo/simulate';
import { renderOrders } from '../../src/demo/orderExport';
const t1 = Date.now();
const sim = simulate({ seed: 1, endDay: '2026-11-22', days: 112, lines: 300000 });
console.log('sim ms', Date.now() - t1);
const t2 = Date.now();
renderOrders(sim.orders, 1);
console.log('render ms', Date.now() - t2);
