declare module 'virtual:quiz' {
  import type { BundledQuiz } from './quiz-bundle.ts';
  const bank: BundledQuiz;
  export default bank;
}
