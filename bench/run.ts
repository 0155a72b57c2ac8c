export {};
console.log('bench: in progress');
