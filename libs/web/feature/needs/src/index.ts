export * from './lib/needs-board/needs-board-page';
export * from './lib/need-form/need-form-page';
