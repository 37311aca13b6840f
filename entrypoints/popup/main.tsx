import { createRoot } from 'react-dom/client';

function Popup() {
  return <main>Tone Triage</main>;
}

createRoot(document.getElementById('root')!).render(<Popup />);
